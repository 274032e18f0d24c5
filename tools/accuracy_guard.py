#!/usr/bin/env python3
"""Holds the accuracy figures on real text: runs ../shared/realtext/score.py with the given checker and fails when
any figure is worse than the committed baseline (docs/accuracy-baseline.json).

usage: accuracy_guard.py CHECKER [--baseline FILE] [--data DIR] [--update]
  CHECKER     the command-line checker, e.g. "dotnet src/ContentGen.Cli/bin/Release/net10.0/contentgen.dll"
  --update    write the figures measured now as the new baseline (commit it with the change that moved them,
              and say why in docs/accuracy.md)
Exit 0 when every figure is at least as good as the baseline, 1 when one is worse, 2 when it cannot measure.
"""
import argparse, json, os, shlex, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Figures where a higher value is better; the rest are better lower (score.py prints each with its goal).
HIGHER = {"boiler.precision", "boiler.recall", "stories.precision", "stories.recall",
          "injected.name.recall", "injected.figure.recall", "injected.quote.recall"}
TOLERANCE = 1e-6  # the checker is deterministic: any real change is larger than rounding


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("checker")
    ap.add_argument("--baseline", default=os.path.join(ROOT, "docs", "accuracy-baseline.json"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "realtext"))
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    # score.py runs the checker from the corpus folder: files named here are made absolute first.
    checker = " ".join(shlex.quote(os.path.abspath(p) if os.path.exists(p) else p) for p in shlex.split(a.checker))
    score = os.path.join(a.data, "score.py")
    if not os.path.isfile(score):
        print(f"accuracy guard: no {score}; cannot measure", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "figures.json")
        run = subprocess.run([sys.executable, score, checker, "--data", a.data, "--json", out, "--show", "0"],
                             capture_output=True, text=True)
        print(run.stdout, end="")
        if run.returncode not in (0, 1) or not os.path.isfile(out):
            print(f"accuracy guard: score.py failed ({run.returncode}): {run.stderr.strip()[-400:]}", file=sys.stderr)
            return 2
        with open(out, encoding="utf-8") as f:
            figures = json.load(f)["figures"]
    if a.update:
        with open(a.baseline, "w", encoding="utf-8") as f:
            json.dump({k: round(v, 4) for k, v in sorted(figures.items())}, f, indent=2)
            f.write("\n")
        print(f"accuracy guard: baseline written to {os.path.relpath(a.baseline, ROOT)}")
        return 0
    with open(a.baseline, encoding="utf-8") as f:
        baseline = json.load(f)
    worse = []
    for name, base in sorted(baseline.items()):
        now = figures.get(name)
        if now is None:
            worse.append(f"{name}: not measured (baseline {base})")
            continue
        now = round(now, 4)
        if (now < base - TOLERANCE) if name in HIGHER else (now > base + TOLERANCE):
            worse.append(f"{name}: {now} is worse than the baseline {base}")
    for line in worse:
        print(f"accuracy guard: {line}")
    print(f"accuracy guard: {len(baseline) - len(worse)} of {len(baseline)} figures hold the baseline")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
