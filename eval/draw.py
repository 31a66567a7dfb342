"""The result-rich draws (eval/README.md): `python eval/draw.py SEED OUTDIR`, run from the project root;
writes OUTDIR/part1..4_input.jsonl (20 abstracts each) from the 2019 corpus, excluding every set in eval/,
the dev set and examples/. holdout5/tune5 were drawn with seed 20261209, holdout6/tune6 with 20261213;
rerun now, an old seed excludes the sets it drew and draws other abstracts."""
import gzip, json, random, re, glob, sys
seed, outdir = int(sys.argv[1]), sys.argv[2]
CATS = {"cs.LG","cs.CV","cs.CL","stat.ML","cs.AI","cs.SD","eess.AS","cs.RO","cs.IR","eess.IV"}
NUM = re.compile(r"\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*(?:x|×|times)\b|\b\d+\.\d+\b")
used = set()
for f in glob.glob("eval/*_input.jsonl") + ["../shared/eval/dev_input.jsonl"]:
    used |= {json.loads(l)["id"] for l in open(f)}
for l in gzip.open("examples/arxiv-cs-2019-sample.jsonl.gz", "rt"):
    used.add(json.loads(l)["id"])
cands = []
for l in gzip.open("../shared/corpus/arxiv-cs-2019.jsonl.gz", "rt"):
    r = json.loads(l)
    if r["id"] in used or not (set(r.get("categories", "").split()) & CATS):
        continue
    if len(NUM.findall(r["title"] + " " + r["abstract"])) >= 3:
        cands.append(r)
print(len(cands), "candidates,", len(used), "ids excluded")
if len(cands) < 80:
    sys.exit(f"draw: only {len(cands)} candidates are in no set yet, 80 are needed; widen CATS or NUM to draw again")
pick = random.Random(seed).sample(cands, 80)
for i in range(4):
    with open(f"{outdir}/part{i+1}_input.jsonl", "w") as out:
        for r in pick[i*20:(i+1)*20]:
            out.write(json.dumps({"id": r["id"], "title": r["title"], "abstract": r["abstract"]}) + "\n")
