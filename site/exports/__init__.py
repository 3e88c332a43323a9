"""Exports and times as staff read them, shared by every app that exports (enquiries, the
members' register): cells safe from spreadsheet formulas, labels instead of codes, times in
Paris with their offset. Public apps may import it: it knows no feature app."""
