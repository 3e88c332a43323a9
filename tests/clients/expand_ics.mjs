// Expands every event of an iCalendar file the way Thunderbird does (Mozilla's ical.js):
// reads the file on stdin, prints JSON [{uid, summary, local, utc}] of occurrences until the
// date given as first argument (YYYY-MM-DD). The file's own VTIMEZONE is the only zone known.
import ICAL from "ical.js";

const until = ICAL.Time.fromDateString(process.argv[2]);
const text = await new Promise((resolve) => {
  let data = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (data += chunk));
  process.stdin.on("end", () => resolve(data));
});
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const occurrences = [];
for (const vevent of calendar.getAllSubcomponents("vevent")) {
  if (vevent.hasProperty("recurrence-id")) continue;
  const event = new ICAL.Event(vevent);
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.compare(until) <= 0; next = iterator.next()) {
    const start = event.getOccurrenceDetails(next).startDate;
    occurrences.push({
      uid: event.uid,
      summary: event.summary,
      zone: start.zone.tzid,
      local: start.toString(),
      utc: start.convertToZone(ICAL.Timezone.utcTimezone).toString(),
    });
  }
}
process.stdout.write(JSON.stringify(occurrences));
