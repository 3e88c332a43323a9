"""Fill empty French msgstr for the given msgids (only where empty)."""
import re, sys, json

def unquote_lines(lines):
    return "".join(json.loads(l[l.index('"'):]) for l in lines)

def quote(s):
    return json.dumps(s, ensure_ascii=False)

def fill(path, tr, plurals):
    text = open(path, encoding="utf-8").read()
    blocks = text.split("\n\n")
    out = []
    done = set()
    for b in blocks:
        lines = b.split("\n")
        # parse msgid
        try:
            i = next(k for k, l in enumerate(lines) if l.startswith("msgid "))
        except StopIteration:
            out.append(b); continue
        j = i + 1
        while j < len(lines) and lines[j].startswith('"'):
            j += 1
        msgid = unquote_lines([lines[i][6:]] + lines[i+1:j])
        rest = lines[j:]
        if msgid in tr and rest and rest[0] == 'msgstr ""' and len(rest) == 1:
            lines = lines[:j] + ["msgstr " + quote(tr[msgid])]
            done.add(msgid)
        elif msgid in plurals and rest and rest[0].startswith("msgid_plural"):
            k = 1
            while k < len(rest) and rest[k].startswith('"'):
                k += 1
            strs = rest[k:]
            if all(s.endswith('""') for s in strs if s.startswith("msgstr[")):
                one, many = plurals[msgid]
                lines = lines[:j] + rest[:k] + ["msgstr[0] " + quote(one), "msgstr[1] " + quote(many)]
                done.add(msgid)
        # drop fuzzy flag on entries we filled
        if msgid in done:
            lines = [l.replace(", fuzzy", "") if l.startswith("#,") else l for l in lines]
            lines = [l for l in lines if l.strip() != "#,"]
        out.append("\n".join(lines))
    open(path, "w", encoding="utf-8").write("\n\n".join(out))
    missing = (set(tr) | set(plurals)) - done
    return missing
