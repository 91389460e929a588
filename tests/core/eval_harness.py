"""The reader evaluation: questions written from the articles, each checked against one answer.

Files in one format (JSON Lines; an optional first line `{"about": …}` says how the file was
written), in two hundred and forty-two parts:
- dev (tuned on): `eval_questions.jsonl` (the first 150), `eval_dev.jsonl` (chat-style, session 2),
  `eval_dev3.jsonl` and `eval_dev4.jsonl` (hard paraphrase, yes/no and look-alike unanswerable cases,
  session 3), `eval_dev5.jsonl` (yes/no, first/last, where and many-part questions, session 4),
  `eval_dev6.jsonl`, `eval_dev7.jsonl` (sessions 5–6), `eval_dev8.jsonl` (near-miss unanswerables, claims,
  aggregates, Hinglish, session 6), `eval_dev9.jsonl` (aggregates, why, yes/no, how many and "what" in
  the reader's own paraphrases, session 7), `eval_dev10.jsonl` (the same weighting, session 8),
  `eval_dev11.jsonl` (near misses paired with answerable twins, session 9), `eval_dev12.jsonl`,
  `eval_dev13.jsonl` and `eval_dev14.jsonl` (four reader personas each — analyst, intern, journalist,
  manager; researcher, sales lead, student, diplomat; lawyer, teenager, economist, retiree — session
  10), `eval_dev15.jsonl` … `eval_dev22.jsonl` (four personas each, weighted to loosely worded
  answerable questions and near misses, session 11), `eval_dev23.jsonl` … `eval_dev27.jsonl` (four
  personas each, from the writer's brief rewritten in session 12), `eval_dev28.jsonl` …
  `eval_dev38.jsonl` (four personas each, session 13; 28–31 from a brief whose first version labelled a
  claim with one wrong figure not_found), `eval_dev39.jsonl` … `eval_dev42.jsonl` (four personas each,
  session 14), `eval_dev43.jsonl` … `eval_dev46.jsonl` (four personas each, session 15), `eval_dev47.jsonl` …
  `eval_dev52.jsonl` (four personas each, session 16), `eval_dev53.jsonl` … `eval_dev58.jsonl` (four personas
  each, session 17), `eval_dev59.jsonl` … `eval_dev64.jsonl` (four personas each, session 18),
  `eval_dev65.jsonl` … `eval_dev70.jsonl` (four personas each, session 19), `eval_dev71.jsonl` …
  `eval_dev73.jsonl` (four personas each, session 20), `eval_dev74.jsonl` … `eval_dev76.jsonl` (four
  personas each, session 21), `eval_dev77.jsonl` … `eval_dev79.jsonl` (four personas each, session 22),
  `eval_dev80.jsonl` … `eval_dev82.jsonl` (four personas each, session 23), `eval_dev83.jsonl` …
  `eval_dev85.jsonl` (four personas each, session 24), `eval_dev86.jsonl` … `eval_dev88.jsonl` (four
  personas each, session 25), `eval_dev89.jsonl` … `eval_dev91.jsonl` (four personas each, session 26), `eval_dev92.jsonl` …
  `eval_dev94.jsonl` (four personas each, session 27), `eval_dev95.jsonl` … `eval_dev100.jsonl` (four
  personas each, session 28), `eval_dev101.jsonl` … `eval_dev103.jsonl` (four personas each, session 29), `eval_dev104.jsonl` …
  `eval_dev106.jsonl` (four personas each, session 30), `eval_dev107.jsonl` … `eval_dev109.jsonl` (four
  personas each, session 31), `eval_dev110.jsonl` … `eval_dev112.jsonl` (four personas each, session 32), `eval_dev113.jsonl` …
  `eval_dev115.jsonl` (four personas each, session 33), `eval_dev116.jsonl` … `eval_dev118.jsonl` (four
  personas each, session 34), `eval_dev119.jsonl` … `eval_dev121.jsonl` (four personas each, session 35), `eval_dev122.jsonl` …
  `eval_dev124.jsonl` (four personas each, session 36), `eval_dev125.jsonl` … `eval_dev127.jsonl` (four
  personas each, session 37), `eval_dev128.jsonl` … `eval_dev130.jsonl` (four personas each, session 38), `eval_dev131.jsonl` … `eval_dev133.jsonl` (four personas each, session 39), `eval_dev134.jsonl` … `eval_dev136.jsonl` (four personas each, session 40), `eval_dev137.jsonl` …
  `eval_dev139.jsonl` (four personas each, session 41), `eval_dev140.jsonl` … `eval_dev142.jsonl` (four
  personas each, session 42; so on to `eval_dev181.jsonl`, session 55), each written blind by a reader who had not seen
  the engine (the engine scored 66.8 % on eval_dev5, eval_dev8 and eval_dev9, 77.3 % on eval_dev10,
  79.4 % on eval_dev11, 72.5 % on eval_dev12, 71.7 % on eval_dev13, 82.6 % on eval_dev14, and 76.0,
  74.1, 76.3, 74.9, 70.0, 79.3, 79.8 and 82.9 % on eval_dev15 … eval_dev22, and 88.5, 84.5, 88.8,
  88.8 and 86.6 % on eval_dev23 … eval_dev27, 73.0, 75.4, 82.4 and 81.2 % on eval_dev28 … eval_dev31,
  70.8, 82.7, 68.5 and 86.2 % on eval_dev32 … eval_dev35, and 78.6, 77.5 and 76.6 % on eval_dev36 …
  eval_dev38, 72.9, 77.4, 78.3 and 77.4 % on eval_dev39 … eval_dev42, 70.0, 81.0, 77.4 and 84.3 % on eval_dev43
  … eval_dev46, 86.0, 81.7, 81.4 and 79.8 % on eval_dev47 … eval_dev50, 80.7 and 84.8 % on eval_dev51 and
  eval_dev52, 78.6, 88.6 and 83.8 % on eval_dev53 … eval_dev55, 88.1, 73.1 and 80.5 % on eval_dev56 …
  eval_dev58, 78.6, 80.2 and 78.1 % on eval_dev59 … eval_dev61, 73.8, 85.2 and 75.2 % on eval_dev62 …
  eval_dev64 (these three after two rounds of session 18's tuning), 81.0, 87.9 and 86.7 % on eval_dev65 …
  eval_dev67, 87.6, 84.3 and 85.7 % on eval_dev68 … eval_dev70 (these three after round one of session
  19), 82.1, 82.1 and 86.4 % on eval_dev71 … eval_dev73, 83.6, 79.8 and 83.1 % on eval_dev74 …
  eval_dev76, 86.7, 84.3 and 83.6 % on eval_dev77 … eval_dev79, 79.3, 81.7 and 80.5 % on eval_dev80 … eval_dev82,
  83.6, 83.3 and 85.8 % on eval_dev83 … eval_dev85, 79.3, 87.9 and 86.7 % on eval_dev86 …
  eval_dev88, 85.2, 84.3 and 76.2 % on eval_dev89 … eval_dev91, 85.8, 84.4 and 86.2 % on eval_dev92 …
  eval_dev94, 84.0, 83.3 and 85.5 % on eval_dev95 … eval_dev97, 79.3, 90.2 and 78.6 % on
  eval_dev98 … eval_dev100 (these three after session 28's round one), 87.4, 89.0 and 84.8 % on eval_dev101 …
  eval_dev103, 90.7, 83.3 and 91.4 % on eval_dev104 … eval_dev106, 85.3, 93.9 and 86.9 % on eval_dev107 …
  eval_dev109, 90.5, 87.4 and 90.2 % on eval_dev110 … eval_dev112, 90.0, 86.4 and 88.3 % on eval_dev113 …
  eval_dev115, 89.5, 95.0 and 91.7 % on eval_dev116 … eval_dev118, 90.2, 90.0 and 90.2 % on eval_dev119 …
  eval_dev121, 93.3, 92.4 and 86.7 % on eval_dev122 … eval_dev124, 89.0, 87.9 and 88.6 % on eval_dev125 …
  eval_dev127, 88.6, 79.3 and 85.2 % on eval_dev128 … eval_dev130, 86.2, 87.4 and 90.2 % on eval_dev131 … eval_dev133, 90.5, 90.2 and 91.0 % on eval_dev134 … eval_dev136, 88.1, 85.2 and 83.1 % on eval_dev137 … eval_dev139, 86.0, 85.0 and 83.3 % on eval_dev140 … eval_dev142, 88.6, 85.7 and 86.9 % on eval_dev143 … eval_dev145, 89.0, 85.0 and 82.1 % on eval_dev146 … eval_dev148, 90.0, 88.8 and 86.4 % on eval_dev149 … eval_dev151, 88.3, 85.2 and 85.0 % on eval_dev152 … eval_dev154, 88.6, 90.0 and 88.1 % on eval_dev155 … eval_dev157, 85.2, 91.2 and 88.8 % on eval_dev158 … eval_dev160, 86.4, 84.5 and 82.4 % on eval_dev161 … eval_dev163, 72.9, 86.0 and 87.1 % on eval_dev164 … eval_dev166, 84.3, 81.2 and 86.0 % on eval_dev167 … eval_dev169, 84.0, 86.9 and 81.0 % on eval_dev170 … eval_dev172, 84.0, 83.1 and 87.4 % on eval_dev173 … eval_dev175, 79.5, 89.0 and 81.0 % on eval_dev176 … eval_dev178, 79.0, 79.0 and 80.2 % on eval_dev179 … eval_dev181, when it first saw each);
- heldout: `eval_heldout.jsonl`, written blind before the session-2 tuning and never tuned on;
- heldout2 … heldout277: `eval_heldout2.jsonl` (session 3) to `eval_heldout277.jsonl` (session 14: 26–28
  written before its tuning and measured after its first round, 29–31 written after that round and
  measured at the session's end; sessions 15 to 55: 32–34 and 35–37, 38–40 and 41–43, 44–46 and
  47–49, 50–52 and 53–55, 56–58 and 59–61, 62–64 and 65–67, 68–70 and 71–73, 74–76 and 77–79,
  80–82 and 83–85, 86–88 and 89–91, 92–94 and 95–97, 98–100 and 101–103, 104–106 and 107–109, 110–112 and 113–115, 116–118 and 119–121, 122–124 and 125–127, 128–130 and 131–133, 134–136 and 137–139, 140–142 and 143–145, 146–148 and 149–151, 152–154 and 155–157, 158–160 and 161–163, 164–166 and 167–169, 170–172 and 173–175, 176–178 and 179–181, 182–184 and 185–187, 188–190 and 191–193, 194–196 and 197–199, 200–202 and 203–205, 206–208 and 209–211, 212–214 and 215–217, 218–220 and 221–223, 224–226 and 227–229, 230–232 and 233–235, 236–238 and 239–241, 242–244 and 245–247, 248–250 and 251–253, 254–256 and 257–259, 260–262 and 263–265, 266–268 and 269–271, 272–274 and 275–277 the same way; 89 and 90 are short, 200 and 148 questions, their
  writers given too little time), each written blind by a reader who saw neither the engine nor (from heldout5 on) any file under tests/, and
  measured once when the round of tuning it was written during ended — the newest is the freshest
  honest number.

`python -m tests.core.eval_harness [--misses]` prints the per-part and per-intent tables that the
README and the closing notes quote; `test_eval.py` runs every question, one test per file.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.engine import Engine
from bot.core.routing import run_command
from bot.core.text import quote_key

HERE = Path(__file__).parent
PARTS = {"dev": ("eval_questions.jsonl", "eval_dev.jsonl", "eval_dev3.jsonl", "eval_dev4.jsonl",
                "eval_dev5.jsonl", "eval_dev6.jsonl", "eval_dev7.jsonl", "eval_dev8.jsonl",
                "eval_dev9.jsonl", "eval_dev10.jsonl", "eval_dev11.jsonl", "eval_dev12.jsonl",
                "eval_dev13.jsonl", "eval_dev14.jsonl", "eval_dev15.jsonl", "eval_dev16.jsonl",
                "eval_dev17.jsonl", "eval_dev18.jsonl", "eval_dev19.jsonl", "eval_dev20.jsonl",
                "eval_dev21.jsonl", "eval_dev22.jsonl", "eval_dev23.jsonl", "eval_dev24.jsonl",
                "eval_dev25.jsonl", "eval_dev26.jsonl", "eval_dev27.jsonl", "eval_dev28.jsonl",
                "eval_dev29.jsonl", "eval_dev30.jsonl", "eval_dev31.jsonl", "eval_dev32.jsonl", "eval_dev33.jsonl",
                "eval_dev34.jsonl", "eval_dev35.jsonl", "eval_dev36.jsonl", "eval_dev37.jsonl", "eval_dev38.jsonl",
                "eval_dev39.jsonl", "eval_dev40.jsonl", "eval_dev41.jsonl", "eval_dev42.jsonl", "eval_dev43.jsonl", "eval_dev44.jsonl",
                "eval_dev45.jsonl", "eval_dev46.jsonl", "eval_dev47.jsonl", "eval_dev48.jsonl", "eval_dev49.jsonl",
                "eval_dev50.jsonl", "eval_dev51.jsonl", "eval_dev52.jsonl", "eval_dev53.jsonl",
                "eval_dev54.jsonl", "eval_dev55.jsonl", "eval_dev56.jsonl", "eval_dev57.jsonl", "eval_dev58.jsonl",
                "eval_dev59.jsonl", "eval_dev60.jsonl", "eval_dev61.jsonl", "eval_dev62.jsonl", "eval_dev63.jsonl",
                "eval_dev64.jsonl", "eval_dev65.jsonl", "eval_dev66.jsonl", "eval_dev67.jsonl",
                "eval_dev68.jsonl", "eval_dev69.jsonl", "eval_dev70.jsonl", "eval_dev71.jsonl", "eval_dev72.jsonl",
                "eval_dev73.jsonl", "eval_dev74.jsonl", "eval_dev75.jsonl", "eval_dev76.jsonl",
                "eval_dev77.jsonl", "eval_dev78.jsonl", "eval_dev79.jsonl", "eval_dev80.jsonl",
                "eval_dev81.jsonl", "eval_dev82.jsonl", "eval_dev83.jsonl", "eval_dev84.jsonl",
                "eval_dev85.jsonl", "eval_dev86.jsonl", "eval_dev87.jsonl", "eval_dev88.jsonl",
                "eval_dev89.jsonl", "eval_dev90.jsonl", "eval_dev91.jsonl", "eval_dev92.jsonl",
                "eval_dev93.jsonl", "eval_dev94.jsonl", "eval_dev95.jsonl", "eval_dev96.jsonl",
                "eval_dev97.jsonl", "eval_dev98.jsonl", "eval_dev99.jsonl", "eval_dev100.jsonl",
                "eval_dev101.jsonl", "eval_dev102.jsonl", "eval_dev103.jsonl", "eval_dev104.jsonl",
                "eval_dev105.jsonl", "eval_dev106.jsonl", "eval_dev107.jsonl", "eval_dev108.jsonl",
                "eval_dev109.jsonl", "eval_dev110.jsonl", "eval_dev111.jsonl", "eval_dev112.jsonl",
                "eval_dev113.jsonl", "eval_dev114.jsonl", "eval_dev115.jsonl", "eval_dev116.jsonl",
                "eval_dev117.jsonl", "eval_dev118.jsonl", "eval_dev119.jsonl", "eval_dev120.jsonl",
                "eval_dev121.jsonl", "eval_dev122.jsonl", "eval_dev123.jsonl", "eval_dev124.jsonl",
                "eval_dev125.jsonl", "eval_dev126.jsonl", "eval_dev127.jsonl",
                "eval_dev128.jsonl", "eval_dev129.jsonl", "eval_dev130.jsonl",
                "eval_dev131.jsonl", "eval_dev132.jsonl", "eval_dev133.jsonl",
                "eval_dev134.jsonl", "eval_dev135.jsonl", "eval_dev136.jsonl",
                "eval_dev137.jsonl", "eval_dev138.jsonl", "eval_dev139.jsonl",
                "eval_dev140.jsonl", "eval_dev141.jsonl", "eval_dev142.jsonl",
                "eval_dev143.jsonl", "eval_dev144.jsonl", "eval_dev145.jsonl",
                "eval_dev146.jsonl", "eval_dev147.jsonl", "eval_dev148.jsonl",
                "eval_dev149.jsonl", "eval_dev150.jsonl", "eval_dev151.jsonl",
                "eval_dev152.jsonl", "eval_dev153.jsonl", "eval_dev154.jsonl",
                "eval_dev155.jsonl", "eval_dev156.jsonl", "eval_dev157.jsonl",
                "eval_dev158.jsonl", "eval_dev159.jsonl", "eval_dev160.jsonl",
                "eval_dev161.jsonl", "eval_dev162.jsonl", "eval_dev163.jsonl",
                "eval_dev164.jsonl", "eval_dev165.jsonl", "eval_dev166.jsonl",
                "eval_dev167.jsonl", "eval_dev168.jsonl", "eval_dev169.jsonl",
                "eval_dev170.jsonl", "eval_dev171.jsonl", "eval_dev172.jsonl",
                "eval_dev173.jsonl", "eval_dev174.jsonl", "eval_dev175.jsonl",
                "eval_dev176.jsonl", "eval_dev177.jsonl", "eval_dev178.jsonl",
                "eval_dev179.jsonl", "eval_dev180.jsonl", "eval_dev181.jsonl"),
         "heldout": ("eval_heldout.jsonl",),
         "heldout2": ("eval_heldout2.jsonl",),
         "heldout3": ("eval_heldout3.jsonl",),
         "heldout4": ("eval_heldout4.jsonl",),
         "heldout5": ("eval_heldout5.jsonl",),
         "heldout6": ("eval_heldout6.jsonl",),
         "heldout7": ("eval_heldout7.jsonl",),
         "heldout8": ("eval_heldout8.jsonl",),
         "heldout9": ("eval_heldout9.jsonl",),
         "heldout10": ("eval_heldout10.jsonl",),
         "heldout11": ("eval_heldout11.jsonl",),
         "heldout12": ("eval_heldout12.jsonl",),
         "heldout13": ("eval_heldout13.jsonl",),
         "heldout14": ("eval_heldout14.jsonl",),
         "heldout15": ("eval_heldout15.jsonl",),
         "heldout16": ("eval_heldout16.jsonl",),
         "heldout17": ("eval_heldout17.jsonl",),
         "heldout18": ("eval_heldout18.jsonl",),
         "heldout19": ("eval_heldout19.jsonl",),
         "heldout20": ("eval_heldout20.jsonl",),
         "heldout21": ("eval_heldout21.jsonl",),
         "heldout22": ("eval_heldout22.jsonl",),
         "heldout23": ("eval_heldout23.jsonl",),
         "heldout24": ("eval_heldout24.jsonl",),
         "heldout25": ("eval_heldout25.jsonl",),
         "heldout26": ("eval_heldout26.jsonl",),
         "heldout27": ("eval_heldout27.jsonl",),
         "heldout28": ("eval_heldout28.jsonl",),
         "heldout29": ("eval_heldout29.jsonl",),
         "heldout30": ("eval_heldout30.jsonl",),
         "heldout31": ("eval_heldout31.jsonl",),
         "heldout32": ("eval_heldout32.jsonl",),
         "heldout33": ("eval_heldout33.jsonl",),
         "heldout34": ("eval_heldout34.jsonl",),
         "heldout35": ("eval_heldout35.jsonl",),
         "heldout36": ("eval_heldout36.jsonl",),
         "heldout37": ("eval_heldout37.jsonl",),
         "heldout38": ("eval_heldout38.jsonl",),
         "heldout39": ("eval_heldout39.jsonl",),
         "heldout40": ("eval_heldout40.jsonl",),
         "heldout41": ("eval_heldout41.jsonl",),
         "heldout42": ("eval_heldout42.jsonl",),
         "heldout43": ("eval_heldout43.jsonl",),
         "heldout44": ("eval_heldout44.jsonl",),
         "heldout45": ("eval_heldout45.jsonl",),
         "heldout46": ("eval_heldout46.jsonl",),
         "heldout47": ("eval_heldout47.jsonl",),
         "heldout48": ("eval_heldout48.jsonl",),
         "heldout49": ("eval_heldout49.jsonl",),
         "heldout50": ("eval_heldout50.jsonl",),
         "heldout51": ("eval_heldout51.jsonl",),
         "heldout52": ("eval_heldout52.jsonl",),
         "heldout53": ("eval_heldout53.jsonl",),
         "heldout54": ("eval_heldout54.jsonl",),
         "heldout55": ("eval_heldout55.jsonl",),
         "heldout56": ("eval_heldout56.jsonl",),
         "heldout57": ("eval_heldout57.jsonl",),
         "heldout58": ("eval_heldout58.jsonl",),
         "heldout59": ("eval_heldout59.jsonl",),
         "heldout60": ("eval_heldout60.jsonl",),
         "heldout61": ("eval_heldout61.jsonl",),
         "heldout62": ("eval_heldout62.jsonl",),
         "heldout63": ("eval_heldout63.jsonl",),
         "heldout64": ("eval_heldout64.jsonl",),
         "heldout65": ("eval_heldout65.jsonl",),
         "heldout66": ("eval_heldout66.jsonl",),
         "heldout67": ("eval_heldout67.jsonl",),
         "heldout68": ("eval_heldout68.jsonl",),
         "heldout69": ("eval_heldout69.jsonl",),
         "heldout70": ("eval_heldout70.jsonl",),
         "heldout71": ("eval_heldout71.jsonl",),
         "heldout72": ("eval_heldout72.jsonl",),
         "heldout73": ("eval_heldout73.jsonl",),
         "heldout74": ("eval_heldout74.jsonl",),
         "heldout75": ("eval_heldout75.jsonl",),
         "heldout76": ("eval_heldout76.jsonl",),
         "heldout77": ("eval_heldout77.jsonl",),
         "heldout78": ("eval_heldout78.jsonl",),
         "heldout79": ("eval_heldout79.jsonl",),
         "heldout80": ("eval_heldout80.jsonl",),
         "heldout81": ("eval_heldout81.jsonl",),
         "heldout82": ("eval_heldout82.jsonl",),
         "heldout83": ("eval_heldout83.jsonl",),
         "heldout84": ("eval_heldout84.jsonl",),
         "heldout85": ("eval_heldout85.jsonl",),
         "heldout86": ("eval_heldout86.jsonl",),
         "heldout87": ("eval_heldout87.jsonl",),
         "heldout88": ("eval_heldout88.jsonl",),
         "heldout89": ("eval_heldout89.jsonl",),
         "heldout90": ("eval_heldout90.jsonl",),
         "heldout91": ("eval_heldout91.jsonl",),
         "heldout92": ("eval_heldout92.jsonl",),
         "heldout93": ("eval_heldout93.jsonl",),
         "heldout94": ("eval_heldout94.jsonl",),
         "heldout95": ("eval_heldout95.jsonl",),
         "heldout96": ("eval_heldout96.jsonl",),
         "heldout97": ("eval_heldout97.jsonl",),
         "heldout98": ("eval_heldout98.jsonl",),
         "heldout99": ("eval_heldout99.jsonl",),
         "heldout100": ("eval_heldout100.jsonl",),
         "heldout101": ("eval_heldout101.jsonl",),
         "heldout102": ("eval_heldout102.jsonl",),
         "heldout103": ("eval_heldout103.jsonl",),
         "heldout104": ("eval_heldout104.jsonl",),
         "heldout105": ("eval_heldout105.jsonl",),
         "heldout106": ("eval_heldout106.jsonl",),
         "heldout107": ("eval_heldout107.jsonl",),
         "heldout108": ("eval_heldout108.jsonl",),
         "heldout109": ("eval_heldout109.jsonl",),
         "heldout110": ("eval_heldout110.jsonl",),
         "heldout111": ("eval_heldout111.jsonl",),
         "heldout112": ("eval_heldout112.jsonl",),
         "heldout113": ("eval_heldout113.jsonl",),
         "heldout114": ("eval_heldout114.jsonl",),
         "heldout115": ("eval_heldout115.jsonl",),
         "heldout116": ("eval_heldout116.jsonl",),
         "heldout117": ("eval_heldout117.jsonl",),
         "heldout118": ("eval_heldout118.jsonl",),
         "heldout119": ("eval_heldout119.jsonl",),
         "heldout120": ("eval_heldout120.jsonl",),
         "heldout121": ("eval_heldout121.jsonl",),
         "heldout122": ("eval_heldout122.jsonl",),
         "heldout123": ("eval_heldout123.jsonl",),
         "heldout124": ("eval_heldout124.jsonl",),
         "heldout125": ("eval_heldout125.jsonl",),
         "heldout126": ("eval_heldout126.jsonl",),
         "heldout127": ("eval_heldout127.jsonl",),
         "heldout128": ("eval_heldout128.jsonl",),
         "heldout129": ("eval_heldout129.jsonl",),
         "heldout130": ("eval_heldout130.jsonl",),
         "heldout131": ("eval_heldout131.jsonl",),
         "heldout132": ("eval_heldout132.jsonl",),
         "heldout133": ("eval_heldout133.jsonl",),
         "heldout134": ("eval_heldout134.jsonl",),
         "heldout135": ("eval_heldout135.jsonl",),
         "heldout136": ("eval_heldout136.jsonl",),
         "heldout137": ("eval_heldout137.jsonl",),
         "heldout138": ("eval_heldout138.jsonl",),
         "heldout139": ("eval_heldout139.jsonl",),
         "heldout140": ("eval_heldout140.jsonl",),
         "heldout141": ("eval_heldout141.jsonl",),
         "heldout142": ("eval_heldout142.jsonl",),
         "heldout143": ("eval_heldout143.jsonl",),
         "heldout144": ("eval_heldout144.jsonl",),
         "heldout145": ("eval_heldout145.jsonl",),
         "heldout146": ("eval_heldout146.jsonl",),
         "heldout147": ("eval_heldout147.jsonl",),
         "heldout148": ("eval_heldout148.jsonl",),
         "heldout149": ("eval_heldout149.jsonl",),
         "heldout150": ("eval_heldout150.jsonl",),
         "heldout151": ("eval_heldout151.jsonl",),
         "heldout152": ("eval_heldout152.jsonl",),
         "heldout153": ("eval_heldout153.jsonl",),
         "heldout154": ("eval_heldout154.jsonl",),
         "heldout155": ("eval_heldout155.jsonl",),
         "heldout156": ("eval_heldout156.jsonl",),
         "heldout157": ("eval_heldout157.jsonl",),
         "heldout158": ("eval_heldout158.jsonl",),
         "heldout159": ("eval_heldout159.jsonl",),
         "heldout160": ("eval_heldout160.jsonl",),
         "heldout161": ("eval_heldout161.jsonl",),
         "heldout162": ("eval_heldout162.jsonl",),
         "heldout163": ("eval_heldout163.jsonl",),
         "heldout164": ("eval_heldout164.jsonl",),
         "heldout165": ("eval_heldout165.jsonl",),
         "heldout166": ("eval_heldout166.jsonl",),
         "heldout167": ("eval_heldout167.jsonl",),
         "heldout168": ("eval_heldout168.jsonl",),
         "heldout169": ("eval_heldout169.jsonl",),
         "heldout170": ("eval_heldout170.jsonl",),
         "heldout171": ("eval_heldout171.jsonl",),
         "heldout172": ("eval_heldout172.jsonl",),
         "heldout173": ("eval_heldout173.jsonl",),
         "heldout174": ("eval_heldout174.jsonl",),
         "heldout175": ("eval_heldout175.jsonl",),
         "heldout176": ("eval_heldout176.jsonl",),
         "heldout177": ("eval_heldout177.jsonl",),
         "heldout178": ("eval_heldout178.jsonl",),
         "heldout179": ("eval_heldout179.jsonl",),
         "heldout180": ("eval_heldout180.jsonl",),
         "heldout181": ("eval_heldout181.jsonl",),
         "heldout182": ("eval_heldout182.jsonl",),
         "heldout183": ("eval_heldout183.jsonl",),
         "heldout184": ("eval_heldout184.jsonl",),
         "heldout185": ("eval_heldout185.jsonl",),
         "heldout186": ("eval_heldout186.jsonl",),
         "heldout187": ("eval_heldout187.jsonl",),
         "heldout188": ("eval_heldout188.jsonl",),
         "heldout189": ("eval_heldout189.jsonl",),
         "heldout190": ("eval_heldout190.jsonl",),
         "heldout191": ("eval_heldout191.jsonl",),
         "heldout192": ("eval_heldout192.jsonl",),
         "heldout193": ("eval_heldout193.jsonl",),
         "heldout194": ("eval_heldout194.jsonl",),
         "heldout195": ("eval_heldout195.jsonl",),
         "heldout196": ("eval_heldout196.jsonl",),
         "heldout197": ("eval_heldout197.jsonl",),
         "heldout198": ("eval_heldout198.jsonl",),
         "heldout199": ("eval_heldout199.jsonl",),
         "heldout200": ("eval_heldout200.jsonl",),
         "heldout201": ("eval_heldout201.jsonl",),
         "heldout202": ("eval_heldout202.jsonl",),
         "heldout203": ("eval_heldout203.jsonl",),
         "heldout204": ("eval_heldout204.jsonl",),
         "heldout205": ("eval_heldout205.jsonl",),
         "heldout206": ("eval_heldout206.jsonl",),
         "heldout207": ("eval_heldout207.jsonl",),
         "heldout208": ("eval_heldout208.jsonl",),
         "heldout209": ("eval_heldout209.jsonl",),
         "heldout210": ("eval_heldout210.jsonl",),
         "heldout211": ("eval_heldout211.jsonl",),
         "heldout212": ("eval_heldout212.jsonl",),
         "heldout213": ("eval_heldout213.jsonl",),
         "heldout214": ("eval_heldout214.jsonl",),
         "heldout215": ("eval_heldout215.jsonl",),
         "heldout216": ("eval_heldout216.jsonl",),
         "heldout217": ("eval_heldout217.jsonl",),
         "heldout218": ("eval_heldout218.jsonl",),
         "heldout219": ("eval_heldout219.jsonl",),
         "heldout220": ("eval_heldout220.jsonl",),
         "heldout221": ("eval_heldout221.jsonl",),
         "heldout222": ("eval_heldout222.jsonl",),
         "heldout223": ("eval_heldout223.jsonl",),
         "heldout224": ("eval_heldout224.jsonl",),
         "heldout225": ("eval_heldout225.jsonl",),
         "heldout226": ("eval_heldout226.jsonl",),
         "heldout227": ("eval_heldout227.jsonl",),
         "heldout228": ("eval_heldout228.jsonl",),
         "heldout229": ("eval_heldout229.jsonl",),
         "heldout230": ("eval_heldout230.jsonl",),
         "heldout231": ("eval_heldout231.jsonl",),
         "heldout232": ("eval_heldout232.jsonl",),
         "heldout233": ("eval_heldout233.jsonl",),
         "heldout234": ("eval_heldout234.jsonl",),
         "heldout235": ("eval_heldout235.jsonl",),
         "heldout236": ("eval_heldout236.jsonl",),
         "heldout237": ("eval_heldout237.jsonl",),
         "heldout238": ("eval_heldout238.jsonl",),
         "heldout239": ("eval_heldout239.jsonl",),
         "heldout240": ("eval_heldout240.jsonl",),
         "heldout241": ("eval_heldout241.jsonl",),
         "heldout242": ("eval_heldout242.jsonl",),
         "heldout243": ("eval_heldout243.jsonl",),
         "heldout244": ("eval_heldout244.jsonl",),
         "heldout245": ("eval_heldout245.jsonl",),
         "heldout246": ("eval_heldout246.jsonl",),
         "heldout247": ("eval_heldout247.jsonl",),
         "heldout248": ("eval_heldout248.jsonl",),
         "heldout249": ("eval_heldout249.jsonl",),
         "heldout250": ("eval_heldout250.jsonl",),
         "heldout251": ("eval_heldout251.jsonl",),
         "heldout252": ("eval_heldout252.jsonl",),
         "heldout253": ("eval_heldout253.jsonl",),
         "heldout254": ("eval_heldout254.jsonl",),
         "heldout255": ("eval_heldout255.jsonl",),
         "heldout256": ("eval_heldout256.jsonl",),
         "heldout257": ("eval_heldout257.jsonl",),
         "heldout258": ("eval_heldout258.jsonl",),
         "heldout259": ("eval_heldout259.jsonl",),
         "heldout260": ("eval_heldout260.jsonl",),
         "heldout261": ("eval_heldout261.jsonl",),
         "heldout262": ("eval_heldout262.jsonl",),
         "heldout263": ("eval_heldout263.jsonl",),
         "heldout264": ("eval_heldout264.jsonl",),
         "heldout265": ("eval_heldout265.jsonl",),
         "heldout266": ("eval_heldout266.jsonl",),
         "heldout267": ("eval_heldout267.jsonl",),
         "heldout268": ("eval_heldout268.jsonl",),
         "heldout269": ("eval_heldout269.jsonl",),
         "heldout270": ("eval_heldout270.jsonl",),
         "heldout271": ("eval_heldout271.jsonl",),
         "heldout272": ("eval_heldout272.jsonl",),
         "heldout273": ("eval_heldout273.jsonl",),
         "heldout274": ("eval_heldout274.jsonl",),
         "heldout275": ("eval_heldout275.jsonl",),
         "heldout276": ("eval_heldout276.jsonl",),
         "heldout277": ("eval_heldout277.jsonl",)}
ROOT = HERE.parents[1]


@dataclass(frozen=True)
class Row:
    part: str
    file: str
    line: int
    command: str
    query: str
    expect: str
    must_contain: tuple[str, ...]
    must_not_contain: tuple[str, ...]
    intent: str

    @property
    def id(self) -> str:
        return f"{self.file.removesuffix('.jsonl')}:{self.line}"


def _phrases(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def load(part: str | None = None) -> list[Row]:
    rows = []
    for name, files in PARTS.items():
        if part and name != part:
            continue
        for file in files:
            for n, line in enumerate((HERE / file).read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                data = json.loads(line)
                if "query" not in data:
                    continue  # the {"about": …} header
                expect = data["expect"]
                intent = data.get("intent") or ("unanswerable" if expect == "not_found" else data["command"])
                rows.append(Row(name, file, n, data["command"], data["query"], expect,
                                _phrases(data.get("must_contain")), _phrases(data.get("must_not_contain")), intent))
    return rows


def answer_for(engine: Engine, row: Row) -> dict[str, Any]:
    if row.command == "route":
        return engine.route(row.query).to_json()
    return run_command(engine, row.command, row.query).to_json()


def _norm(text: str) -> str:
    return quote_key(text).casefold()


def judge(row: Row, answer: dict[str, Any]) -> tuple[bool, str]:
    """(passed, why not). An answer passes when its status is the expected one and, for an answer,
    every required phrase is in what it shows (lead, lines, cited facts and their quotes) and no
    forbidden phrase is in a cited fact."""
    status = answer["status"]
    if status != row.expect:
        return False, f"status {status}, expected {row.expect}"
    if row.expect != "answer":
        return True, ""
    cited = [_norm(f["text"]) + " | " + _norm(f["source"]["quote"]) for f in answer["facts"]]
    shown = " | ".join([_norm(answer.get("lead", "")), _norm(answer["text"]), *cited])
    missing = [p for p in row.must_contain if _norm(p) not in shown]
    if missing:
        return False, f"missing {missing}"
    wrong = [p for p in row.must_not_contain if any(_norm(p) in c for c in cited) or _norm(p) in _norm(answer.get("lead", ""))]
    if wrong:
        return False, f"cites {wrong}"
    return True, ""


def run(engine: Engine, rows: list[Row]) -> list[tuple[Row, bool, str, dict[str, Any]]]:
    out = []
    for row in rows:
        answer = answer_for(engine, row)
        ok, why = judge(row, answer)
        out.append((row, ok, why, answer))
    return out


def summary(results: list[tuple[Row, bool, str, dict[str, Any]]]) -> dict[str, Any]:
    n = len(results)
    passed = sum(ok for _, ok, _, _ in results)
    unanswerable = [r for r in results if r[0].expect == "not_found"]
    answerable = [r for r in results if r[0].expect == "answer"]
    false_answers = sum(r[3]["status"] == "answer" for r in unanswerable)
    refused = sum(r[3]["status"] == "not_found" for r in answerable)
    return {"n": n, "passed": passed, "accuracy": passed / n if n else 0.0,
            "unanswerable": len(unanswerable), "false_answers": false_answers,
            "false_answer_rate": false_answers / len(unanswerable) if unanswerable else 0.0,
            "answerable": len(answerable), "refused": refused,
            "refused_rate": refused / len(answerable) if answerable else 0.0}


def table(results: list[tuple[Row, bool, str, dict[str, Any]]]) -> str:
    """A Markdown table: per part, then per intent with the parts side by side."""
    lines = ["| part | correct | unanswerable answered | answerable refused |", "|---|---|---|---|"]
    for part in PARTS:
        s = summary([r for r in results if r[0].part == part])
        lines.append(f"| {part} | {s['passed']}/{s['n']} ({s['accuracy']:.1%}) | {s['false_answers']}/{s['unanswerable']}"
                     f" ({s['false_answer_rate']:.1%}) | {s['refused']}/{s['answerable']} ({s['refused_rate']:.1%}) |")
    lines += ["", "| intent | " + " | ".join(PARTS) + " |", "|---|" + "---|" * len(PARTS)]
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for row, ok, _, _ in results:
        counts[row.intent][row.part]["n"] += 1
        counts[row.intent][row.part]["ok"] += ok
    for intent in sorted(counts, key=lambda i: -sum(c["n"] for c in counts[i].values())):
        cells = [f"{c['ok']}/{c['n']}" if (c := counts[intent][p])["n"] else "–" for p in PARTS]
        lines.append(f"| {intent} | {' | '.join(cells)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list every failing question")
    parser.add_argument("--part", choices=list(PARTS))
    parser.add_argument("--write-misses", action="store_true",
                        help="rewrite eval_known_misses.txt from this run and print the totals for test_eval.py")
    args = parser.parse_args()
    engine = Engine.load(ROOT)
    results = run(engine, load(args.part))
    print(table(results))
    if args.write_misses:
        lines = ["# Questions the engine is known to miss (test_eval.py holds each file to this list: a miss answered fails too).",
                 "# Regenerate with: python -m tests.core.eval_harness --write-misses"]
        lines += [f"{row.id} {row.query!r} — {why}" for row, ok, why, _ in results if not ok]
        (HERE / "eval_known_misses.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        for part in PARTS:
            s = summary([r for r in results if r[0].part == part])
            print(f'"{part}": {{"passed": {s["passed"]}, "false_answers": {s["false_answers"]}, "refused": {s["refused"]}}},')
    if args.misses:
        for row, ok, why, answer in results:
            if not ok:
                print(f"{row.id} [{row.part}/{row.intent}] {row.command} {row.query!r}: {why}"
                      f" — got {answer['title'][:60]!r}")


if __name__ == "__main__":
    main()
