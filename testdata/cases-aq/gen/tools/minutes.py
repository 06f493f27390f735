#!/usr/bin/env python3
"""Writes the minutes sources of a case from a spec (JSON on stdin):
{"case": "01-…", "org": "县财政局", "host": "…", "files": [{"name": "2024-05-21-dangzuhui.docx",
"title": "…", "no": "…", "date": "2024年5月21日", "time": "上午9:00", "place": "…",
"host": "…", "attend": "…", "body": ["…", "…"]}]}
Each file becomes gen/src/CASE/minutes/NAME.txt in the layout main.go reads."""
import json, os, sys

spec = json.load(sys.stdin)
base = os.path.join(os.path.dirname(__file__), "..", "src", spec["case"], "minutes")
os.makedirs(base, exist_ok=True)
for f in spec["files"]:
    lines = ["# " + f["title"]]
    if f.get("no"):
        lines.append(">" + f["no"])
    lines.append("<时间：" + f["date"] + (f.get("time") and " " + f["time"] or ""))
    lines.append("<地点：" + f.get("place", spec.get("place", "")))
    lines.append("<主持：" + f.get("host", spec.get("host", "")))
    lines.append("<" + f.get("attendlabel", "出席") + "：" + f.get("attend", spec.get("attend", "")))
    if f.get("absent"):
        lines.append("<列席：" + f["absent"])
    lines.extend(f["body"])
    if f.get("sign"):
        lines.append(">" + f["sign"])
    name = f["name"]
    if name.endswith(".txt") or name.endswith(".gbk"):
        # a plain text file: no layout marks; the title on its own line
        lines = [l[2:] if l.startswith("# ") else (l[1:] if l[:1] in "<>" else l) for l in lines]
    with open(os.path.join(base, name + ".txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
