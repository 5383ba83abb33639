"""The district corpus of `make bench` (`bench.py --district UNITSxBRANCHESxYEARS`, SPEC §7).

.bench/district-<u>x<b>x<y>/ holds a district site whose site.yaml lists <u> units, each a
site made by ../shared/bench/gen_corpus.py --format bontot --branches <b> --years <y> with its
own seed, under units/u-NN/; the district adds a unit rubric and a unit evaluation of the
latest year. Timed, --runs times each, medians reported:

- a clean build of the whole district (its .bontot-cache/ and output deleted first);
- the first rebuild after the last clean build, nothing changed: it makes the spare output by
  linking every file, so it is timed and shown apart;
- a rebuild after one minutes file of one unit changed (a different unit each run), checked
  to show the edit, then restored and rebuilt untimed;
- a rebuild with nothing changed.
"""
import json
import os
import statistics
import subprocess
import sys

import bench


def parse(text):
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 3 or not all(p.strip().isdigit() and int(p) > 0 for p in parts):
        raise ValueError(f"'{text}' is not UNITSxBRANCHESxYEARS (e.g. 20x15x3)")
    return tuple(int(p) for p in parts)


UNIT_RUBRIC = """scale: 100
criteria:
  - { id: nhiem-vu-chinh-tri, name: Lãnh đạo hoàn thành tốt nhiệm vụ chính trị, max: 30 }
  - { id: xay-dung-dang, name: "Xây dựng Đảng, chất lượng sinh hoạt", max: 30 }
  - { id: doan-ket-ky-luat, name: "Đoàn kết, kỷ luật tốt", max: 20 }
  - { id: can-bo, name: "Cán bộ, đảng viên tốt", max: 20 }
levels:
  - { id: xuat-sac, name: Hoàn thành xuất sắc nhiệm vụ, min: 90 }
  - { id: tot, name: Hoàn thành tốt nhiệm vụ, min: 70 }
  - { id: hoan-thanh, name: Hoàn thành nhiệm vụ, min: 50 }
  - { id: khong-hoan-thanh, name: Không hoàn thành nhiệm vụ, min: 0 }
four_good: { min_share_each: 0.8, min_level: tot, no_violations: true, min_branch_share: 0.5 }
"""


class District:
    def __init__(self, units, branches, years):
        self.units, self.branches, self.years = units, branches, years
        self.name = f"district-{units}x{branches}x{years}"
        self.dir = os.path.join(bench.BENCH_DIR, self.name)
        self.site = os.path.join(self.dir, "site")
        self.out = os.path.join(self.dir, "out")
        self.stamp_path = os.path.join(self.dir, "corpus.json")

    def unit_id(self, index):
        return f"u-{index + 1:02d}"

    def wanted_stamp(self):
        return {"generator": "gen_corpus.py", "generator_sha256": bench.sha256(bench.GEN),
                "district": [self.units, self.branches, self.years], "layout": 1}

    def ensure(self):
        try:
            with open(self.stamp_path, encoding="utf-8") as f:
                have = json.load(f)
        except (OSError, ValueError):
            have = None
        if have == self.wanted_stamp() and os.path.isdir(self.site):
            bench.log(f"[{self.name}] reusing the corpus")
            return
        bench.log(f"[{self.name}] generating {self.units} units")
        self.unstamp()
        bench.rmtree(self.site)
        for i in range(self.units):
            folder = os.path.join(self.dir, "gen", self.unit_id(i))
            bench.rmtree(folder)
            args = ["--branches", str(self.branches), "--years", str(self.years), "--format", "bontot",
                    "--seed", str(100 + i), "--out", folder]
            p = subprocess.run([sys.executable, bench.GEN] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if p.returncode != 0:
                bench.die(f"gen_corpus.py failed (exit {p.returncode}):\n{p.stderr}")
            os.makedirs(os.path.join(self.site, "units"), exist_ok=True)
            os.rename(os.path.join(folder, "bontot"), os.path.join(self.site, "units", self.unit_id(i)))
        bench.rmtree(os.path.join(self.dir, "gen"))
        self.write_district()
        self.stamp()

    def write_district(self):
        first = os.path.join(self.site, "units", self.unit_id(0))
        lines = ["title: Cổng thông tin Đảng bộ huyện Thử Nghiệm", "organization: Đảng bộ huyện Thử Nghiệm",
                 "parent: Đảng bộ tỉnh Thử Nghiệm", "place: Thử Nghiệm", "units:"]
        lines += [f"  - {{ id: {self.unit_id(i)}, path: units/{self.unit_id(i)} }}" for i in range(self.units)]
        os.makedirs(os.path.join(self.site, "content", "unit-evaluations"), exist_ok=True)
        with open(os.path.join(self.site, "site.yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        with open(os.path.join(first, "content", "rubric.yaml"), encoding="utf-8") as f:
            rubric = f.read()
        with open(os.path.join(self.site, "content", "rubric.yaml"), "w", encoding="utf-8") as f:
            f.write(rubric)
        with open(os.path.join(self.site, "content", "unit-rubric.yaml"), "w", encoding="utf-8") as f:
            f.write(UNIT_RUBRIC)
        years = sorted(int(n.split(".")[0]) for n in os.listdir(os.path.join(first, "content", "evaluations"))
                       if n.split(".")[0].isdigit())
        rows = ["unit;nhiem-vu-chinh-tri;xay-dung-dang;doan-ket-ky-luat;can-bo"]
        for i in range(self.units):
            rows.append(f"{self.unit_id(i)};{22 + i % 8};{21 + (i * 3) % 9};{14 + i % 6};{15 + (i * 5) % 5}")
        with open(os.path.join(self.site, "content", "unit-evaluations", f"{years[-1] if years else 2024}.csv"), "w",
                  encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")

    def stamp(self):
        with open(self.stamp_path, "w", encoding="utf-8") as f:
            json.dump(self.wanted_stamp(), f, indent=1)
            f.write("\n")

    def unstamp(self):
        if os.path.exists(self.stamp_path):
            os.unlink(self.stamp_path)

    def minutes_of(self, index):
        root = os.path.join(self.site, "units", self.unit_id(index), "content", "minutes")
        found = []
        for d, _, names in os.walk(root):
            found += [os.path.join(d, n) for n in names if n.endswith(".md")]
        return sorted(found)


def run(tools, spec, runs):
    """Times the district corpus; returns the Markdown table."""
    d = District(*spec)
    d.ensure()
    out = os.path.join(d.out, "bontot")
    clean, edited, unchanged = [], [], []
    for i in range(runs):
        clean.append(tools.bontot_clean(d.site, out, what="bontot clean build of the district"))
        bench.log(f"[{d.name}] clean build {i + 1}/{runs}: {clean[-1][0]:.2f} s, {clean[-1][1]:,.0f} MiB")
    pages, size = bench.tree(out, "index.html")[0], bench.tree(out)
    first = tools.bontot(d.site, out, what="bontot rebuild right after a clean build")[0]
    bench.log(f"[{d.name}] first rebuild after the clean build (nothing changed; makes the spare output): {first:.2f} s")
    d.unstamp()
    try:
        for i in range(runs):
            unit = (i * 7 + 3) % d.units
            files = d.minutes_of(unit)
            source = files[len(files) // 2]
            sentence = f"Chi bộ thống nhất bổ sung nội dung kiểm tra số {i + 1} trong tháng."
            edit = bench.Edit(source)
            try:
                edit.write(edit.original.rstrip(b"\n") + f"\n\n{sentence}\n".encode("utf-8"))
                wall, _ = tools.bontot(d.site, out, what="bontot rebuild after one unit's minutes edit")
                page = os.path.join(out, "don-vi", d.unit_id(unit), "sinh-hoat",
                                    os.path.splitext(os.path.basename(source))[0], "index.html")
                if not bench.contains(page, sentence):
                    bench.die(f"the rebuild after editing {source} did not update {page}")
            finally:
                edit.restore()
            edited.append(wall)
            bench.log(f"[{d.name}] rebuild after editing a minutes file of {d.unit_id(unit)}: {wall:.2f} s")
            tools.bontot(d.site, out, timed=False, what="bontot rebuild after restoring the file")
            unchanged.append(tools.bontot(d.site, out, what="bontot rebuild with nothing changed")[0])
            bench.log(f"[{d.name}] rebuild with nothing changed: {unchanged[-1]:.2f} s")
    finally:
        d.stamp()
    bench.set_aside(out)
    bench.set_aside(os.path.join(d.site, bench.CACHE))
    median = lambda xs: f"{statistics.median(xs):.2f} s"
    lines = [f"#### District: {d.units} units × {d.branches} branches × {d.years} years",
             "", f"{pages:,} pages, {size[0]:,} files, {bench.mb(size[1])} written.", "",
             "| build | median | runs |", "|---|---|---|",
             f"| clean, whole district | {median([c[0] for c in clean])} (peak {statistics.median([c[1] for c in clean]):,.0f} MiB) | {bench.show([c[0] for c in clean])} |",
             f"| first rebuild after a clean build (nothing changed: makes the spare output) | {first:.2f} s | |",
             f"| one unit's minutes file edited | {median(edited)} | {bench.show(edited)} |",
             f"| nothing changed | {median(unchanged)} | {bench.show(unchanged)} |"]
    return "\n".join(lines) + "\n"
