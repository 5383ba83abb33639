#!/usr/bin/env python3
"""Incremental builds against clean builds, by random edit sequences (`make incremental-diff`).

SPEC §6 promises that an incremental build is byte-identical to a clean build of the same
inputs, and that a failed build leaves the previous output untouched. The tests check one edit
of each kind; this developer's tool checks sequences of them. It is not part of `swift test`:
it is random and slow (10 to 30 s a sequence on two cores).

Usage:
    python3 scripts/incremental_diff.py [--bontot PATH] [--seeds 1-10] [--only KIND,KIND]
                                        [--steps-min 3] [--steps-max 8] [--keep] [--list]

For each seed it copies the demonstration inputs of the repository's HEAD (site.yaml, content/,
templates/, and the district demo examples/huyen, whose first unit is the root site) into a work
folder under .build/incremental-diff/, builds the root site and the district once, then makes
3 to 8 random edit steps (text, front matter, YAML, CSV and .xlsx scores, rubrics, site.yaml,
template overrides added/changed/deleted, media, deletions, renames, moves to another year, links
between pages by their files (the root site's, and the district's to its units' scores and its
own stories, minutes and editorial, with the scores' period and a story's slug moved after), a
bad date or template then its fix, exact reverts, two edits at once, a build with --output
elsewhere then back, a --clean or --month build in between, the cache partly deleted). After
each step it builds both sites incrementally (cache kept, same output) and compares each output
tree byte for byte with a clean build of a copy of the same inputs (fresh output, no
.bontot-cache/). When the clean build fails, the incremental one must fail too and leave the
output exactly as it was.

A seed always makes the same edits: a divergence is printed with its seed and edit sequence,
and `--seeds N` replays it (with `--only` to narrow the kinds). The work folder is deleted at
the end; with --keep, a diverging step's sites (incremental, and "-clean") are kept in
.build/incremental-diff/ and their paths printed. Exit status 1 on any divergence.
"""
import argparse, hashlib, os, random, re, shutil, subprocess, sys, tempfile, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BONTOT = os.path.join(REPO, ".build/release/bontot")   # set by --bontot
WORK = None      # the run's work folder (a temporary folder under .build/incremental-diff/)
BASE = None      # the demonstration inputs of HEAD, copied once per run
KEPT = os.path.join(REPO, ".build/incremental-diff")
GENERATED = {"output", ".bontot-cache", ".output.bontot-spare", "elsewhere"}


def make_base():
    """The demo inputs from the repository's HEAD (no output, no cache)."""
    os.makedirs(BASE)
    archive = subprocess.run(["git", "-C", REPO, "archive", "HEAD", "site.yaml", "content", "templates",
                              "examples/huyen"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", BASE], input=archive, check=True)


def ignore_generated(folder, names):
    return [n for n in names if n in GENERATED or (n.startswith(".") and "bontot" in n)]


def copy_inputs(src, dst):
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst, ignore=ignore_generated, symlinks=True)


def tree(root):
    """path -> sha1 of bytes, and the set of folders; hidden entries included."""
    files, folders = {}, set()
    if not os.path.isdir(root):
        return None
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        if rel != ".":
            folders.add(rel)
        for name in filenames:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                files[os.path.normpath(os.path.join(rel, name))] = hashlib.sha1(f.read()).hexdigest()
    return files, folders


def diff_trees(a, b, root_a, root_b, limit=12):
    """Lines describing how tree a (incremental) differs from b (clean)."""
    if a is None or b is None:
        return ["missing tree: incremental %s, clean %s" % (a is None, b is None)]
    fa, da = a
    fb, db = b
    lines = []
    for p in sorted(set(fa) - set(fb))[:limit]:
        lines.append("only in incremental: " + p)
    for p in sorted(set(fb) - set(fa))[:limit]:
        lines.append("missing from incremental: " + p)
    differing = sorted(p for p in set(fa) & set(fb) if fa[p] != fb[p])
    for p in differing[:limit]:
        lines.append("bytes differ: %s%s" % (p, first_difference(os.path.join(root_a, p), os.path.join(root_b, p))))
    if len(differing) > limit:
        lines.append("... %d files differ in all" % len(differing))
    for d in sorted(da - db)[:limit]:
        lines.append("folder only in incremental: " + d)
    for d in sorted(db - da)[:limit]:
        lines.append("folder missing from incremental: " + d)
    return lines


def first_difference(pa, pb):
    try:
        a, b = open(pa, "rb").read(), open(pb, "rb").read()
    except OSError:
        return ""
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    ctx = lambda x: x[max(0, i - 60):i + 60].decode("utf-8", "replace").replace("\n", "⏎")
    return " (%d vs %d bytes) at %d: «%s» vs «%s»" % (len(a), len(b), i, ctx(a), ctx(b))


def run_build(site, output=None, clean=False):
    cmd = ["nice", "-n", "10", BONTOT, "build", "--site", site, "--quiet"]
    if output:
        cmd += ["--output", output]
    if clean:
        cmd.append("--clean")
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, (p.stdout + p.stderr).strip()


# ---------------------------------------------------------------- edits

class Site:
    """The work copy: root site S, district S/examples/huyen."""

    def __init__(self, root, rng):
        _Units.site = self
        self.root = root
        self.rng = rng
        self.district = os.path.join(root, "examples/huyen")
        self.originals = {}      # path -> original bytes, kept before a file is first edited
        self.history = []        # snapshots of edited files: list of {path: bytes or None}
        self.broken = []         # the snapshots that undo edits made to break the site

    @property
    def xlsx(self):
        return os.path.exists(self.p("content/evaluations/2025.xlsx"))

    @property
    def new_media(self):
        found = [f for f in self.files("content/media") if "/moi-" in f]
        return found[0] if found else None

    def whole(self):
        """Every input file's bytes."""
        out = {}
        for dirpath, dirnames, names in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if not ignore_generated(dirpath, [d])]
            for n in names:
                if ignore_generated(dirpath, [n]):
                    continue
                path = os.path.join(dirpath, n)
                out[os.path.relpath(path, self.root)] = open(path, "rb").read()
        return out

    def restore_whole(self, snap):
        """Puts back exactly `snap`: files changed since rewritten, added ones removed, others untouched."""
        now = self.whole()
        changed = []
        for rel in now:
            if rel not in snap:
                os.remove(self.p(rel))
                changed.append(rel)
        for rel, data in snap.items():
            if now.get(rel) != data:
                os.makedirs(os.path.dirname(self.p(rel)), exist_ok=True)
                with open(self.p(rel), "wb") as f:
                    f.write(data)
                changed.append(rel)
        return changed

    def p(self, rel):
        return os.path.join(self.root, rel)

    def read(self, rel):
        with open(self.p(rel), encoding="utf-8") as f:
            return f.read()

    def snapshot(self, rels):
        snap = {}
        for rel in rels:
            path = self.p(rel)
            if os.path.isfile(path):
                st = os.stat(path)
                snap[rel] = (open(path, "rb").read(), st.st_mtime_ns)
            else:
                snap[rel] = None
        return snap

    def write(self, rel, text):
        path = self.p(rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode("utf-8") if isinstance(text, str) else text
        with open(path, "wb") as f:
            f.write(data)

    def restore(self, snap, keep_mtime=False):
        for rel, value in snap.items():
            path = self.p(rel)
            if value is None:
                if os.path.exists(path):
                    os.remove(path)
            else:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(value[0])
                if keep_mtime:
                    os.utime(path, ns=(value[1], value[1]))

    def files(self, rel, suffix=None):
        folder = self.p(rel)
        out = []
        for dirpath, _, names in os.walk(folder):
            for n in names:
                if suffix is None or n.endswith(suffix):
                    out.append(os.path.relpath(os.path.join(dirpath, n), self.root))
        return sorted(out)

    def set_line(self, rel, key, line):
        lines = self.read(rel).split("\n")
        for i, l in enumerate(lines):
            if l.startswith(key + ":"):
                lines[i] = line
                break
        else:
            lines.insert(1 if lines and lines[0] == "---" else 0, line)
        self.write(rel, "\n".join(lines))


R = lambda rng: rng.randrange(1000)
ROOT_MINUTES = "content/minutes"
UNITS_ALL = ["examples/huyen/units/an-hoa", "examples/huyen/units/binh-an", "examples/huyen/units/binh-an-2"]


class _Units:
    """The unit folders that exist now (binh-an may have moved to binh-an-2)."""
    site = None

    def __iter__(self):
        return iter([u for u in UNITS_ALL if os.path.isdir(os.path.join(_Units.site.root, u))])

    def __len__(self):
        return len(list(iter(self)))

    def __getitem__(self, i):
        return list(iter(self))[i]


UNITS = _Units()


def touched(*rels):
    return list(rels)


def e_minutes_body(s):
    f = s.rng.choice(s.files(ROOT_MINUTES, ".md"))
    snap = s.snapshot([f])
    s.write(f, s.read(f) + "\nĐoạn bổ sung số %d.\n" % R(s.rng))
    return "append body of " + f, snap


def e_minutes_topic(s):
    f = s.rng.choice(s.files(ROOT_MINUTES, ".md"))
    snap = s.snapshot([f])
    s.set_line(f, "topic", "topic: Chuyên đề số %d" % R(s.rng))
    return "topic of " + f, snap


def e_minutes_front(s):
    f = s.rng.choice(s.files(ROOT_MINUTES, ".md"))
    snap = s.snapshot([f])
    text = s.read(f)
    what = s.rng.choice(["speakers", "quality", "chair", "end", "format"])
    if what == "speakers":
        s.set_line(f, "speakers", "speakers: %d" % s.rng.randint(2, 15))
    elif what == "quality":
        s.set_line(f, "quality", "quality: { score: %d }" % s.rng.randint(50, 100))
    elif what == "chair":
        s.set_line(f, "chair", "chair: Người Chủ Trì %d" % R(s.rng))
    elif what == "end":
        s.set_line(f, "end", 'end: "%d:%02d"' % (s.rng.randint(20, 22), s.rng.choice([0, 15, 30, 45])))
    else:
        s.set_line(f, "format", "format: " + s.rng.choice(["truc-tiep", "truc-tuyen", "ket-hop"]))
    return "%s of %s" % (what, f), snap


def e_clusters(s):
    f = "site.yaml"
    snap = s.snapshot([f])
    s.write(f, re.sub(r"(?m)^  cum-khu-dan-cu: .*$", "  cum-khu-dan-cu: Cụm thi đua khu dân cư số %d" % R(s.rng), s.read(f)))
    return "cluster name in site.yaml", snap


def e_minutes_text_change(s):
    f = s.rng.choice(s.files(ROOT_MINUTES, ".md"))
    snap = s.snapshot([f])
    text = s.read(f)
    head, sep, body = text.partition("\n---\n")
    body = body.replace("đảng viên", "Đảng viên", 1) if "đảng viên" in body else body + "\nSửa.\n"
    s.write(f, head + sep + body)
    return "change a word in body of " + f, snap


def e_story_body(s):
    f = s.rng.choice(s.files("content/stories", ".md"))
    snap = s.snapshot([f])
    s.write(f, s.read(f) + "\nThêm một đoạn số %d.\n" % R(s.rng))
    return "append body of " + f, snap


def e_story_summary(s):
    f = s.rng.choice(s.files("content/stories", ".md"))
    snap = s.snapshot([f])
    s.set_line(f, "summary", "summary: Tóm tắt mới số %d." % R(s.rng))
    return "summary of " + f, snap


def e_story_title(s):
    f = s.rng.choice(s.files("content/stories", ".md"))
    snap = s.snapshot([f])
    s.set_line(f, "title", "title: Gương sáng số %d ở phường" % R(s.rng))
    return "title of " + f, snap


def minutes_month(s):
    """A month the root site's minutes cover (YYYY-MM), or now and then a whole day of one."""
    months = sorted({m.group(1) for f in s.files(ROOT_MINUTES) for m in [re.search(r"(\d{4}-\d{2})", os.path.basename(f))] if m})
    month = s.rng.choice(months) if months else "2026-03"
    return month + "-01" if s.rng.random() < 0.2 else month


def e_branch(s):
    f = s.rng.choice(s.files("content/branches"))
    snap = s.snapshot([f])
    what = s.rng.choice(["name", "secretary", "founded", "minutes_since"])
    if what == "minutes_since":
        # The month its minutes are kept from: the grid, month pages, profile and bulletins change.
        v = minutes_month(s)
        s.set_line(f, "minutes_since", "minutes_since: " + v)
        what += " " + v
    elif what == "name":
        s.set_line(f, "name", "name: Chi bộ đổi tên số %d" % R(s.rng))
    elif what == "secretary":
        s.set_line(f, "secretary", "secretary: Người Mới %d" % R(s.rng))
    else:
        s.set_line(f, "founded", "founded: %d-%02d-%02d" % (s.rng.randint(1950, 2000), s.rng.randint(1, 12), s.rng.randint(1, 28)))
    return "%s of %s" % (what, f), snap


def e_eval_yaml(s):
    f = "content/evaluations/" + s.rng.choice(["2024.yaml", "2023.yaml"])
    snap = s.snapshot([f])
    text = s.read(f)
    spots = [m for m in re.finditer(r"(?m)^    sinh-hoat: (\d+)$", text)]
    m = s.rng.choice(spots)
    v = s.rng.randint(15, 30)
    s.write(f, text[:m.start(1)] + str(v) + text[m.end(1):])
    return "sinh-hoat score %d at offset %d in %s" % (v, m.start(), f), snap


def e_eval_csv(s):
    if s.xlsx:
        return e_eval_xlsx(s)
    f = "content/evaluations/2025.csv"
    snap = s.snapshot([f])
    raw = open(s.p(f), "rb").read()
    text = raw.decode("utf-8-sig")
    bom = raw.startswith(b"\xef\xbb\xbf")
    lines = text.split("\n")
    rows = [i for i in range(1, len(lines)) if lines[i].strip()]
    i = s.rng.choice(rows)
    cells = lines[i].split(";")
    v = s.rng.randint(15, 30)
    cells[3] = str(v)
    lines[i] = ";".join(cells)
    out = "\n".join(lines)
    s.write(f, ("\ufeff" if bom else "") + out)
    return "sinh-hoat of %s = %d in %s" % (cells[0], v, f), snap


def e_csv_to_xlsx(s):
    import openpyxl
    if s.xlsx:
        return e_eval_xlsx(s)
    f, x = "content/evaluations/2025.csv", "content/evaluations/2025.xlsx"
    snap = s.snapshot([f, x])
    text = open(s.p(f), "rb").read().decode("utf-8-sig")
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in text.split("\n"):
        if not line.strip():
            continue
        ws.append([int(c) if c.isdigit() else (c if c else None) for c in line.split(";")])
    wb.save(s.p(x))
    os.remove(s.p(f))
    return "2025.csv replaced by 2025.xlsx", snap


def e_eval_xlsx(s):
    import openpyxl
    x = "content/evaluations/2025.xlsx"
    snap = s.snapshot([x])
    wb = openpyxl.load_workbook(s.p(x))
    ws = wb.active
    row = s.rng.randint(2, ws.max_row)
    v = s.rng.randint(15, 30)
    ws.cell(row=row, column=4, value=v)
    wb.save(s.p(x))
    return "sinh-hoat row %d = %d in 2025.xlsx" % (row, v), snap


def e_rubric(s):
    f = "content/rubric.yaml"
    snap = s.snapshot([f])
    text = s.read(f)
    if s.rng.random() < 0.5:
        n = s.rng.randint(65, 75)
        text = re.sub(r"(name: Hoàn thành tốt nhiệm vụ,\s+min: )\d+", r"\g<1>%d" % n, text)
        what = "min of tot = %d" % n
    else:
        n = R(s.rng)
        text = re.sub(r"name: Chất lượng sinh hoạt tốt[^,]*,", "name: Chất lượng sinh hoạt tốt %d," % n, text)
        what = "criterion name sinh-hoat %d" % n
    s.write(f, text)
    return "rubric: " + what, snap


def e_unit_rubric(s):
    u = s.rng.choice(UNITS)
    f = u + "/content/rubric.yaml"
    snap = s.snapshot([f])
    n = s.rng.randint(65, 75)
    s.write(f, re.sub(r"(name: Hoàn thành tốt nhiệm vụ,\s+min: )\d+", r"\g<1>%d" % n, s.read(f)))
    return "unit rubric min of tot = %d in %s" % (n, f), snap


def e_site_yaml(s):
    f = "site.yaml"
    snap = s.snapshot([f])
    what = s.rng.choice(["title", "place", "base_url", "issuer", "minutes_since"])
    if what == "minutes_since":
        v = minutes_month(s)
        s.set_line(f, "minutes_since", "minutes_since: " + v)
        what += " " + v
    elif what == "title":
        s.set_line(f, "title", "title: Cổng thông tin Đảng bộ phường Thanh Lam %d" % R(s.rng))
    elif what == "place":
        s.set_line(f, "place", "place: Thanh Lam %d" % R(s.rng))
    elif what == "issuer":
        s.set_line(f, "issuer", "issuer: Đảng ủy phường Thanh Lam khóa %d" % R(s.rng))
    else:
        v = s.rng.choice(["/", "/dang-bo/", "https://intranet.example.vn/thanh-lam/", "https://intranet.example.vn/"])
        s.set_line(f, "base_url", "base_url: " + v)
        what += " " + v
    return "site.yaml " + what, snap


def e_district_site_yaml(s):
    f = "examples/huyen/site.yaml"
    snap = s.snapshot([f])
    what = s.rng.choice(["title", "base_url"])
    if what == "title":
        s.set_line(f, "title", "title: Cổng thông tin Đảng bộ quận Tân Tiến %d" % R(s.rng))
    else:
        v = s.rng.choice(["/", "/quan/", "https://quan.example.vn/"])
        s.set_line(f, "base_url", "base_url: " + v)
        what += " " + v
    return "district site.yaml " + what, snap


def e_root_template(s):
    f = "templates/" + s.rng.choice(["story.mustache", "minutes.mustache", "partials/story-card.mustache", "style.css"])
    snap = s.snapshot([f])
    text = s.read(f) if os.path.exists(s.p(f)) else open(os.path.join(BASE, f), encoding="utf-8").read()
    if f.endswith(".css"):
        text += "\n/* sửa %d */\n" % R(s.rng)
    else:
        text = text + "<!-- sửa %d -->\n" % R(s.rng)
    s.write(f, text)
    return "edit root template " + f, snap


def e_override(s):
    """Add a template override in the district, then change it, then delete it."""
    f = "examples/huyen/templates/story.mustache"
    g = "examples/huyen/templates/style.css"
    snap = s.snapshot([f, g])
    if not os.path.exists(s.p(f)):
        s.write(f, open(os.path.join(BASE, "templates/story.mustache"), encoding="utf-8").read().replace("<article", "<!-- ghi đè -->\n<article", 1))
        s.write(g, open(os.path.join(BASE, "templates/style.css"), encoding="utf-8").read() + "\n/* ghi đè */\n")
        return "add district overrides " + f + ", " + g, snap
    if s.read(f).count("<p>đổi") < 2:
        s.write(f, s.read(f) + "<p>đổi %d</p>\n" % R(s.rng))
        if os.path.exists(s.p(g)):
            s.write(g, s.read(g) + "/* đổi %d */\n" % R(s.rng))
        return "change district overrides", snap
    for x in (f, g):
        if os.path.exists(s.p(x)):
            os.remove(s.p(x))
    return "delete district overrides", snap


def e_unit_override(s):
    """A unit's own template override (its pages only): add, change, delete."""
    f = "examples/huyen/units/an-hoa/templates/branch.mustache"
    snap = s.snapshot([f])
    if not os.path.exists(s.p(f)):
        s.write(f, open(os.path.join(BASE, "templates/branch.mustache"), encoding="utf-8").read() + "<!-- ghi đè đơn vị -->\n")
        return "add unit override " + f, snap
    if s.rng.random() < 0.6:
        s.write(f, s.read(f) + "<!-- đổi %d -->\n" % R(s.rng))
        return "change unit override " + f, snap
    os.remove(s.p(f))
    shutil.rmtree(s.p("examples/huyen/units/an-hoa/templates"), ignore_errors=True)
    return "delete unit override " + f, snap


def svg(colour):
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="%s"/></svg>\n' % colour)


def e_media(s):
    what = s.rng.choice(["add", "replace-new", "delete-new", "replace-used"])
    if what == "add" or (what in ("replace-new", "delete-new") and s.new_media is None):
        f = "content/media/moi-%d.svg" % R(s.rng)
        snap = s.snapshot([f])
        s.write(f, svg("#%06x" % s.rng.randrange(0xFFFFFF)))
        return "add media " + f, snap
    if what == "replace-new":
        f = s.new_media
        snap = s.snapshot([f])
        s.write(f, svg("#%06x" % s.rng.randrange(0xFFFFFF)))
        return "replace media " + f, snap
    if what == "delete-new":
        f = s.new_media
        snap = s.snapshot([f])
        os.remove(s.p(f))
        return "delete media " + f, snap
    f = "content/media/" + s.rng.choice(["lu-dem.svg", "kdc-binh-minh.svg"])
    snap = s.snapshot([f])
    s.write(f, svg("#%06x" % s.rng.randrange(0xFFFFFF)))
    return "replace used media " + f, snap


def e_delete_minutes(s):
    f = s.rng.choice(s.files(ROOT_MINUTES, ".md"))
    snap = s.snapshot([f])
    os.remove(s.p(f))
    return "delete " + f, snap


def e_rename(s):
    if s.rng.random() < 0.5:
        f = s.rng.choice(s.files(ROOT_MINUTES, ".md"))
        g = f[:-3] + "-b.md" if not f.endswith("-b.md") else f[:-5] + ".md"
    else:
        f = s.rng.choice(s.files("content/stories", ".md"))
        g = f[:-3] + "-moi.md" if not f.endswith("-moi.md") else f[:-7] + ".md"
    if os.path.exists(s.p(g)):
        return "no rename (%s exists)" % g, {}
    snap = s.snapshot([f, g])
    os.rename(s.p(f), s.p(g))
    return "rename %s -> %s" % (f, g), snap


def e_move_year(s):
    f = s.rng.choice(s.files(ROOT_MINUTES + "/2026", ".md"))
    g = f.replace("/2026/", "/2025/").replace("-2026-", "-2025-")
    snap = s.snapshot([f, g])
    text = s.read(f)
    text = re.sub(r"(?m)^date: 2026-", "date: 2025-", text, count=1)
    s.write(g, text)
    os.remove(s.p(f))
    return "move %s -> %s (date to 2025)" % (f, g), snap


def e_move_year_only(s):
    """Moved to another year's folder, date left: the site may refuse it (an error step)."""
    f = s.rng.choice(s.files(ROOT_MINUTES + "/2026", ".md"))
    g = f.replace("/2026/", "/2025/")
    snap = s.snapshot([f, g])
    os.makedirs(os.path.dirname(s.p(g)), exist_ok=True)
    os.rename(s.p(f), s.p(g))
    return "move %s -> %s (date kept)" % (f, g), snap


def e_bad_date(s):
    f = s.rng.choice(s.files(ROOT_MINUTES, ".md") + s.files("content/stories", ".md"))
    snap = s.snapshot([f])
    s.set_line(f, "date", "date: 2026-02-30")
    return "bad date in " + f, snap


def e_bad_template(s):
    f = s.rng.choice(["templates/story.mustache", "examples/huyen/units/an-hoa/templates/branch.mustache",
                      "examples/huyen/templates/home.mustache"])
    snap = s.snapshot([f])
    base = s.read(f) if os.path.exists(s.p(f)) else open(os.path.join(BASE, "templates", os.path.basename(f)), encoding="utf-8").read()
    s.write(f, base + "{{#khong_dong}}\n")
    return "unclosed section in " + f, snap


def e_unit_bad_date(s):
    u = s.rng.choice(UNITS)
    f = s.rng.choice(s.files(u + "/content/minutes", ".md"))
    snap = s.snapshot([f])
    s.set_line(f, "date", "date: 2026-04-31")
    return "bad date in " + f, snap


def e_story_tags(s):
    f = s.rng.choice(s.files("content/stories", ".md"))
    snap = s.snapshot([f])
    tags = s.rng.choice(["[chủ đề mới %d]" % s.rng.randrange(3), "[dân vận khéo]", "[khuyến học, giảm nghèo]", "[]"])
    s.set_line(f, "tags", "tags: " + tags)
    return "tags of %s = %s" % (f, tags), snap


def e_new_minutes(s):
    """A meeting in a new month (November 2026), or one of a new year, made from an existing one."""
    src = s.rng.choice(s.files(ROOT_MINUTES + "/2026", ".md"))
    month = s.rng.choice(["2026-11", "2026-12", "2027-01"])
    year = month[:4]
    name = os.path.basename(src)
    name = re.sub(r"-2026-\d\d", "-" + month, name)
    g = "%s/%s/%s" % (ROOT_MINUTES, year, name)
    snap = s.snapshot([g])
    if os.path.exists(s.p(g)):
        return "no new minutes (%s exists)" % g, {}
    text = re.sub(r"(?m)^date: 2026-\d\d-", "date: %s-" % month, s.read(src), count=1)
    text = re.sub(r"due: 2026-\d\d-\d\d", "due: %s-28" % month, text)
    s.write(g, text)
    return "new minutes " + g, snap


def e_new_period(s):
    """A new evaluation period (a quarter of 2026) made from 2024.yaml, or removed."""
    g = "content/evaluations/2026-q1.yaml"
    snap = s.snapshot([g])
    if os.path.exists(s.p(g)):
        os.remove(s.p(g))
        return "remove " + g, snap
    s.write(g, s.read("content/evaluations/2024.yaml").replace("period: 2024", "period: 2026-q1", 1)
            .replace("năm 2024", "quý I năm 2026"))
    return "add " + g, snap


def e_new_bulletin(s):
    g = "content/bulletins/2026-08.md"
    snap = s.snapshot([g])
    if os.path.exists(s.p(g)):
        os.remove(s.p(g))
        return "remove " + g, snap
    s.write(g, "---\ntitle: Bản tin tháng 8 số %d\nnumber: 8\n---\nXã luận tháng 8.\n" % R(s.rng))
    return "add " + g, snap


def e_asset(s):
    """An asset of the theme added in the site's templates, changed, removed."""
    g = s.rng.choice(["templates/them.js", "examples/huyen/templates/them.css", "examples/huyen/units/binh-an/templates/them.css"])
    snap = s.snapshot([g])
    if os.path.exists(s.p(g)) and s.rng.random() < 0.5:
        os.remove(s.p(g))
        return "remove asset " + g, snap
    s.write(g, "/* tài nguyên %d */\n" % R(s.rng))
    return "write asset " + g, snap


def e_cached_partial(s):
    f = "templates/partials/cached/site-header.mustache"
    snap = s.snapshot([f])
    s.write(f, open(s.p(f) if os.path.exists(s.p(f)) else os.path.join(BASE, f), encoding="utf-8").read() + "<!-- đầu trang %d -->\n" % R(s.rng))
    return "edit " + f, snap


def e_allow_html(s):
    f = s.rng.choice(["site.yaml", "examples/huyen/units/an-hoa/site.yaml"])
    snap = s.snapshot([f])
    text = s.read(f)
    text = text.replace("allow_html: false", "allow_html: TMP").replace("allow_html: true", "allow_html: false").replace("allow_html: TMP", "allow_html: true")
    s.write(f, text)
    m = s.rng.choice(s.files(ROOT_MINUTES, ".md") if f == "site.yaml" else s.files("examples/huyen/units/an-hoa/content/minutes", ".md"))
    snap.update(s.snapshot([m]))
    s.write(m, s.read(m) + '\n<p class="html">HTML thô <b>đậm</b></p>\n')
    return "toggle allow_html in %s, raw HTML in %s" % (f, m), snap


def e_units_list(s):
    """The district's list of units: reordered, or a unit left out, or put back."""
    f = "examples/huyen/site.yaml"
    snap = s.snapshot([f])
    text = s.read(f)
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.strip().startswith("- { id: phuong-")]
    what = s.rng.choice(["swap", "drop", "restore"])
    if what == "restore" or len(idx) < 3:
        base = open(os.path.join(BASE, f), encoding="utf-8").read()
        s.write(f, re.sub(r"(?m)^title: .*$", lambda m: [l for l in lines if l.startswith("title:")][0], base, count=1))
        return "district units list put back", snap
    if what == "swap":
        a, b = idx[-2], idx[-1]
        lines[a], lines[b] = lines[b], lines[a]
    else:
        del lines[idx[-1]]
    s.write(f, "\n".join(lines))
    return "district units list " + what, snap


def e_delete_month(s):
    month = s.rng.choice(["2026-05", "2026-10", "2026-07"])
    fs = [f for f in s.files(ROOT_MINUTES, ".md") if "-%s" % month in os.path.basename(f)]
    snap = s.snapshot(fs)
    for f in fs:
        os.remove(s.p(f))
    return "delete all %d minutes of %s" % (len(fs), month), snap


def e_delete_bulletin(s):
    f = s.rng.choice(s.files("content/bulletins", ".md"))
    snap = s.snapshot([f])
    os.remove(s.p(f))
    return "delete " + f, snap


def e_root_template_delete(s):
    f = "templates/" + s.rng.choice(["story.mustache", "partials/story-card.mustache", "style.css", "minutes-month.mustache"])
    snap = s.snapshot([f])
    if os.path.exists(s.p(f)):
        os.remove(s.p(f))
        return "delete root template (built-in used) " + f, snap
    return "no root template " + f, snap


def e_former_rubric(s):
    f, g = "content/rubric.yaml", "content/rubrics/2021.yaml"
    snap = s.snapshot([f, g])
    if not os.path.exists(s.p(g)):
        former = re.sub(r"(name: Hoàn thành tốt nhiệm vụ,\s+min: )\d+", r"\g<1>60", s.read(f))
        s.write(g, former)
        if "since:" not in s.read(f):
            s.write(f, "since: 2023\n" + s.read(f))
        return "former rubric %s added, since: 2023" % g, snap
    if s.rng.random() < 0.6:
        n = s.rng.randint(55, 80)
        s.write(g, re.sub(r"(name: Hoàn thành xuất sắc nhiệm vụ,\s+min: )\d+", r"\g<1>%d" % (n + 15), s.read(g)))
        return "former rubric xuat-sac min %d" % (n + 15), snap
    os.remove(s.p(g))
    s.write(f, s.read(f).replace("since: 2023\n", ""))
    return "former rubric removed", snap


def e_unit_move(s):
    """A unit's folder moved (its path: in the district follows), or two units' ids swapped."""
    f = "examples/huyen/site.yaml"
    text = s.read(f)
    if s.rng.random() < 0.5:
        a, b = "examples/huyen/units/binh-an", "examples/huyen/units/binh-an-2"
        if not os.path.isdir(s.p(a)):
            a, b = b, a
        before = s.whole()
        os.rename(s.p(a), s.p(b))
        s.write(f, text.replace("path: units/" + os.path.basename(a) + " }", "path: units/" + os.path.basename(b) + " }"))
        return "unit folder %s moved to %s" % (a, b), {}
    swapped = text.replace("id: phuong-an-hoa,", "id: TMP,").replace("id: phuong-binh-an,", "id: phuong-an-hoa,").replace("id: TMP,", "id: phuong-binh-an,")
    s.write(f, swapped)
    return "ids of phuong-an-hoa and phuong-binh-an swapped in the district's units", {}


def e_unit_minutes(s):
    u = s.rng.choice(UNITS)
    f = s.rng.choice(s.files(u + "/content/minutes", ".md"))
    snap = s.snapshot([f])
    if s.rng.random() < 0.5:
        s.write(f, s.read(f) + "\nĐoạn bổ sung của đơn vị %d.\n" % R(s.rng))
        return "append body of " + f, snap
    s.set_line(f, "topic", "topic: Chuyên đề đơn vị %d" % R(s.rng))
    return "topic of " + f, snap


def e_unit_branch(s):
    u = s.rng.choice(UNITS)
    f = s.rng.choice(s.files(u + "/content/branches"))
    snap = s.snapshot([f])
    s.set_line(f, "secretary", "secretary: Bí Thư Mới %d" % R(s.rng))
    return "secretary of " + f, snap


def e_unit_site(s):
    u = s.rng.choice(UNITS)
    f = u + "/site.yaml"
    snap = s.snapshot([f])
    s.set_line(f, "title", "title: Cổng thông tin đơn vị %d" % R(s.rng))
    return "title of " + f, snap


def e_district_story(s):
    f = s.rng.choice(s.files("examples/huyen/content/stories", ".md"))
    snap = s.snapshot([f])
    s.write(f, s.read(f) + "\nThêm đoạn của quận %d.\n" % R(s.rng))
    return "append body of " + f, snap


def e_unit_score(s):
    f = "examples/huyen/content/unit-evaluations/2025.yaml"
    snap = s.snapshot([f])
    text = s.read(f)
    spots = list(re.finditer(r"(?m)^    xay-dung-dang: (\d+)$", text))
    m = s.rng.choice(spots)
    v = s.rng.randint(18, 30)
    s.write(f, text[:m.start(1)] + str(v) + text[m.end(1):])
    return "unit score xay-dung-dang %d in %s" % (v, f), snap


def e_unit_own_score(s):
    u = s.rng.choice(UNITS)
    f = u + "/content/evaluations/2025.yaml"
    snap = s.snapshot([f])
    text = s.read(f)
    spots = list(re.finditer(r"sinh-hoat: (\d+)", text))
    if not spots:
        return "no sinh-hoat in " + f, snap
    m = s.rng.choice(spots)
    v = s.rng.randint(15, 30)
    s.write(f, text[:m.start(1)] + str(v) + text[m.end(1):])
    return "sinh-hoat %d in %s" % (v, f), snap


def e_bulletin(s):
    f = s.rng.choice(s.files("content/bulletins", ".md"))
    snap = s.snapshot([f])
    s.write(f, s.read(f) + "\nMột dòng xã luận số %d.\n" % R(s.rng))
    return "editorial of " + f, snap


def e_page_link(s):
    """A story's or a meeting's body links another page by its file (a story, minutes, a branch, an editorial)."""
    f = s.rng.choice(s.files("content/stories", ".md") + s.files(ROOT_MINUTES, ".md"))
    targets = (s.files("content/stories", ".md") + s.files(ROOT_MINUTES, ".md") + s.files("content/branches")
               + s.files("content/bulletins", ".md"))
    g = s.rng.choice([t for t in targets if t != f])
    snap = s.snapshot([f])
    link = os.path.relpath(g, os.path.dirname(f))
    s.write(f, s.read(f) + "\nXem thêm [trang liên quan](%s%s).\n" % (link, s.rng.choice(["", "#muc-2"])))
    return "link %s from %s" % (g, f), snap


def e_story_slug(s):
    """A story's slug set or changed: the pages linking it by its file follow."""
    f = s.rng.choice(s.files("content/stories", ".md"))
    snap = s.snapshot([f])
    s.set_line(f, "slug", "slug: guong-sang-%d" % R(s.rng))
    return "slug of " + f, snap


DISTRICT_CONTENT = "examples/huyen/content"
DISTRICT_SCORES = DISTRICT_CONTENT + "/unit-evaluations"
DISTRICT_MINUTES = DISTRICT_CONTENT + "/minutes/2025/co-quan-quan-uy-2025-12.md"
DISTRICT_BULLETIN = DISTRICT_CONTENT + "/bulletins/2025-12.md"


def district_pages(s):
    """The district's files a body links: its stories, and its minutes and editorial once added."""
    return (s.files(DISTRICT_CONTENT + "/stories", ".md") + s.files(DISTRICT_CONTENT + "/minutes", ".md")
            + s.files(DISTRICT_CONTENT + "/bulletins", ".md"))


def e_district_page_link(s):
    """A district's story, minutes or editorial links its units' scores of a period (its units'
    ranking) or another of its pages by the file; or what such a link leads to changes: the
    scores' period, a story's slug, a period's scores added or removed, a minutes or editorial added."""
    what = s.rng.choice(["link", "link", "link", "period", "slug", "scores-file", "page-file"])
    if what == "period":
        return e_unit_score_period(s)
    if what == "slug":
        return e_district_story_slug(s)
    if what == "scores-file":
        g = DISTRICT_SCORES + "/2024.yaml"
        snap = s.snapshot([g])
        if os.path.exists(s.p(g)):
            os.remove(s.p(g))
            return "remove " + g, snap
        s.write(g, re.sub(r"(?m)^period: .*$", "period: 2024", s.read(DISTRICT_SCORES + "/2025.yaml"), count=1)
                .replace("năm 2025", "năm 2024"))
        return "add " + g, snap
    if what == "page-file":
        g = s.rng.choice([DISTRICT_MINUTES, DISTRICT_BULLETIN])
        snap = s.snapshot([g])
        if os.path.exists(s.p(g)):
            if s.rng.random() < 0.5:
                os.remove(s.p(g))
                return "remove " + g, snap
            s.write(g, s.read(g) + "\nĐoạn thêm của quận %d.\n" % R(s.rng))
            return "append body of " + g, snap
        if g == DISTRICT_MINUTES:
            s.write(g, "---\nbranch: co-quan-quan-uy\ndate: 2025-12-10\nkind: thuong-ky\n"
                       "topic: Quán triệt nghị quyết của Quận ủy số %d\n---\nChi bộ sinh hoạt thường kỳ tháng 12.\n" % R(s.rng))
        else:
            s.write(g, "---\ntitle: Bản tin Quận ủy tháng 12 số %d\nnumber: 12\n---\nXã luận tháng 12 của Quận ủy.\n" % R(s.rng))
        return "add " + g, snap
    f = s.rng.choice(district_pages(s))
    targets = [t for t in s.files(DISTRICT_SCORES) + district_pages(s) if t != f]
    g = s.rng.choice(targets)
    snap = s.snapshot([f])
    if s.rng.random() < 0.3:
        link = os.path.relpath(g, DISTRICT_CONTENT)      # from content/, as a media path is
    else:
        link = os.path.relpath(g, os.path.dirname(f))
    text = s.read(f)
    s.write(f, text + ("" if text.endswith("\n") else "\n") + "\nXem thêm [trang của quận](%s%s).\n"
            % (link, s.rng.choice(["", "#muc-2"])))
    return "link %s from %s" % (g, f), snap


def e_unit_score_period(s):
    """The period of a district's units' scores file moved (the ranking's address with it)."""
    f = s.rng.choice(s.files(DISTRICT_SCORES))
    snap = s.snapshot([f])
    v = s.rng.choice(["2025", "2026", "2025-q4"])
    s.set_line(f, "period", "period: " + v)
    return "period %s in %s" % (v, f), snap


def e_district_story_slug(s):
    """A district story's slug set or changed: the district's pages linking it by its file follow."""
    f = s.rng.choice(s.files(DISTRICT_CONTENT + "/stories", ".md"))
    snap = s.snapshot([f])
    s.set_line(f, "slug", "slug: quan-guong-sang-%d" % R(s.rng))
    return "slug of " + f, snap


EDITS = {
    "minutes-body": e_minutes_body, "minutes-topic": e_minutes_topic, "minutes-text": e_minutes_text_change,
    "story-body": e_story_body, "story-summary": e_story_summary, "story-title": e_story_title,
    "branch": e_branch, "eval-yaml": e_eval_yaml, "eval-csv": e_eval_csv, "csv-to-xlsx": e_csv_to_xlsx,
    "rubric": e_rubric, "site-yaml": e_site_yaml, "district-site-yaml": e_district_site_yaml,
    "root-template": e_root_template, "override": e_override, "media": e_media,
    "delete-minutes": e_delete_minutes, "rename": e_rename, "move-year": e_move_year,
    "move-year-only": e_move_year_only, "bad-date": e_bad_date,
    "unit-minutes": e_unit_minutes, "unit-branch": e_unit_branch, "unit-site": e_unit_site,
    "district-story": e_district_story, "unit-score": e_unit_score, "unit-own-score": e_unit_own_score,
    "bulletin": e_bulletin, "unit-rubric": e_unit_rubric, "unit-override": e_unit_override,
    "minutes-front": e_minutes_front, "clusters": e_clusters,
    "bad-template": e_bad_template, "unit-bad-date": e_unit_bad_date,
    "story-tags": e_story_tags, "new-minutes": e_new_minutes, "new-period": e_new_period, "new-bulletin": e_new_bulletin,
    "delete-month": e_delete_month, "delete-bulletin": e_delete_bulletin, "root-template-delete": e_root_template_delete,
    "former-rubric": e_former_rubric, "unit-move": e_unit_move,
    "asset": e_asset, "cached-partial": e_cached_partial, "allow-html": e_allow_html, "units-list": e_units_list,
    "page-link": e_page_link, "story-slug": e_story_slug,
    "district-page-link": e_district_page_link, "unit-score-period": e_unit_score_period,
    "district-story-slug": e_district_story_slug,
}
# Not edits of content but of how the step builds / what it restores.
SPECIAL = ["revert", "revert-mtime", "two-edits", "output-elsewhere", "noop", "clean-between", "drop-generated", "month-between"]


# ---------------------------------------------------------------- runner

class Runner:
    """Runs the sequences, counts the divergences and remembers how to replay each."""

    def __init__(self, args):
        self.args = args
        self.divergences = 0
        self.diverging = []      # (seed, step, target, edit sequence)
        self.kept = []

    def say(self, *parts):
        print(" ".join(str(p) for p in parts), flush=True)

    def targets(self, s):
        return [("root", s.root), ("district", s.district)]

    def clean_trees(self, s, tag):
        ref = os.path.join(WORK, "clean-" + tag)
        copy_inputs(s.root, ref)
        out = {}
        for name, site in [("root", ref), ("district", os.path.join(ref, "examples/huyen"))]:
            rc, text = run_build(site, clean=True)
            out[name] = (rc, text, tree(os.path.join(site, "output")), os.path.join(site, "output"))
        return ref, out

    def build_and_compare(self, s, story, seed, step, outputs=None):
        """Builds both targets incrementally (into `outputs` when given), and compares."""
        outputs = outputs or {}
        before = {name: tree(outputs.get(name) or os.path.join(site, "output")) for name, site in self.targets(s)}
        inc = {}
        for name, site in self.targets(s):
            rc, text = run_build(site, output=outputs.get(name))
            out = outputs.get(name) or os.path.join(site, "output")
            inc[name] = (rc, text, tree(out), out)
        ref, clean = self.clean_trees(s, "%d-%d" % (seed, step))
        clean_ok = all(clean[name][0] == 0 for name, _ in self.targets(s))
        for name, _ in self.targets(s):
            rc, text, t, out = inc[name]
            crc, ctext, ct, cout = clean[name]
            problem = []
            if (rc == 0) != (crc == 0):
                errors = lambda x: "\n".join(l for l in x.split("\n") if "warning:" not in l)[-1500:]
                problem.append("incremental rc %d, clean rc %d\n  inc: %s\n  clean: %s" % (rc, crc, errors(text), errors(ctext)))
            elif rc != 0:
                if t != before[name]:
                    problem.append("failed build changed the output: " + "; ".join(
                        diff_trees(t, before[name], out, out)))
            else:
                if t != ct:
                    problem += diff_trees(t, ct, out, cout)
            if problem:
                self.divergences += 1
                self.diverging.append((seed, step, name, list(story)))
                self.say("  DIVERGENCE [%s] seed %d step %d after: %s" % (name, seed, step, " ; ".join(story)))
                for line in problem:
                    self.say("    " + line)
                if self.args.keep:
                    keep = os.path.join(KEPT, "divergence-%d-%d-%s" % (seed, step, name))
                    for old in (keep, keep + "-clean"):
                        shutil.rmtree(old, ignore_errors=True)
                    shutil.copytree(s.root, keep, symlinks=True)
                    if os.path.isdir(s.root + "-elsewhere"):
                        shutil.copytree(s.root + "-elsewhere", keep + "-elsewhere", symlinks=True, dirs_exist_ok=True)
                    shutil.copytree(ref, keep + "-clean", symlinks=True)
                    self.kept.append(keep)
                    self.say("    kept: %s (incremental) and %s-clean" % (keep, keep))
            self.say("   [%s] rc=%d clean=%d %s" % (name, rc, crc, "ok" if not problem else "DIFF"))
        shutil.rmtree(ref, ignore_errors=True)
        return clean_ok

    def sequence(self, seed):
        rng = random.Random(seed)
        root = os.path.join(WORK, "seq-%d" % seed)
        copy_inputs(BASE, root)
        s = Site(root, rng)
        try:
            self.run_steps(s, seed, rng)
        finally:
            shutil.rmtree(root, ignore_errors=True)
            shutil.rmtree(root + "-elsewhere", ignore_errors=True)

    def run_steps(self, s, seed, rng):
        # First builds (clean by nature: no cache).
        for name, site in self.targets(s):
            rc, text = run_build(site)
            if rc != 0:
                self.say("seed %d: first %s build failed: %s" % (seed, name, text[-500:]))
                self.divergences += 1
                self.diverging.append((seed, 0, name, ["first build failed"]))
                return
        steps = rng.randint(self.args.steps_min, self.args.steps_max)
        kinds = self.args.kinds
        story = []
        self.say("== seed %d, %d steps" % (seed, steps))
        good = s.whole()
        broken = False
        for step in range(1, steps + 1):
            if broken and rng.random() < 0.75:
                changed = s.restore_whole(good)
                s.history = []
                done = ["fix: restore the last good bytes of " + ", ".join(changed)]
                outputs = None
            else:
                kind = rng.choice(kinds)
                done, outputs = self.apply(s, kind, rng)
            story += done
            self.say(" step %d: %s" % (step, "; ".join(done)))
            clean_ok = self.build_and_compare(s, story, seed, step, outputs)
            broken = not clean_ok
            if clean_ok:
                good = s.whole()
            if outputs:
                # back into the default output
                story.append("build back into output/")
                self.say(" step %d': build back into output/" % step)
                self.build_and_compare(s, story, seed, step * 100)

    def apply(self, s, kind, rng):
        outputs = None
        if kind == "two-edits":
            a, b = rng.sample(self.args.edits, 2)
            d1, snap1 = self.edit(s, a)
            d2, snap2 = self.edit(s, b)
            return ["two edits: " + d1 + " + " + d2], None
        if kind in ("revert", "revert-mtime"):
            if not s.history:
                d, _ = self.edit(s, rng.choice(self.args.edits))
                return [d], None
            snap = rng.choice(s.history)
            # restore exact earlier bytes (and, for revert-mtime, the earlier modification time)
            s.restore(snap, keep_mtime=(kind == "revert-mtime"))
            s.history.remove(snap)
            return ["%s of %s" % (kind, ", ".join(snap))], None
        if kind == "drop-generated":
            d, _ = self.edit(s, rng.choice(self.args.edits))
            what = rng.choice([".bontot-cache", ".output.bontot-spare", "output", ".bontot-cache/units", ".bontot-cache/decoded",
                               ".bontot-cache/manifest.bin", ".bontot-cache/spare.bin", ".bontot-cache/search"])
            where = rng.choice(["", "examples/huyen/"])
            path = s.p(where + what)
            if os.path.isdir(path):
                shutil.rmtree(path)
            elif os.path.exists(path):
                os.remove(path)
            return [d, "removed " + where + what], None
        if kind == "month-between":
            d, _ = self.edit(s, rng.choice(["bulletin", "minutes-topic", "eval-csv", "story-summary", "site-yaml"]))
            month = rng.choice(["2026-10", "2026-09"])
            for name, site in self.targets(s):
                subprocess.run(["nice", "-n", "10", BONTOT, "build", "--site", site, "--quiet", "--month", month], capture_output=True)
            d2 = "no second edit"
            if rng.random() < 0.5:
                snap = rng.choice(s.history) if s.history else None
                if snap:
                    s.restore(snap)
                    d2 = "revert of " + ", ".join(snap)
            return [d, "bontot build --month %s (not compared)" % month, d2], None
        if kind == "noop":
            return ["no edit"], None
        if kind == "clean-between":
            d, _ = self.edit(s, rng.choice(self.args.edits))
            for name, site in self.targets(s):
                run_build(site, clean=True)
            d2, _ = self.edit(s, rng.choice(self.args.edits))
            return [d, "bontot build --clean (not compared)", d2], None
        if kind == "output-elsewhere":
            d, _ = self.edit(s, rng.choice(self.args.edits))
            away = s.root + "-elsewhere"
            outputs = {"root": os.path.join(away, "root"), "district": os.path.join(away, "district")}
            os.makedirs(away, exist_ok=True)
            return [d, "build with --output elsewhere/"], outputs
        d, _ = self.edit(s, kind)
        return [d], None

    def edit(self, s, kind):
        d, snap = EDITS[kind](s)
        if snap:
            s.history.append(snap)
        return "%s: %s" % (kind, d), snap


def seed_range(text):
    """"1-10" or "7" or "1-3,9" as a list of seeds."""
    seeds = []
    for part in text.split(","):
        a, _, b = part.strip().partition("-")
        seeds += range(int(a), int(b or a) + 1)
    return seeds


def main():
    global BONTOT, WORK, BASE
    ap = argparse.ArgumentParser(description="Incremental builds against clean builds, by random edit sequences.")
    ap.add_argument("--bontot", default=".build/release/bontot", help="the bontot binary (default .build/release/bontot)")
    ap.add_argument("--seeds", default="1-10", help="seeds to run: 1-10, 7, 1-3,9 (default 1-10)")
    ap.add_argument("--steps-min", type=int, default=3)
    ap.add_argument("--steps-max", type=int, default=8)
    ap.add_argument("--only", default="", help="edit kinds to draw from, comma-separated (see --list)")
    ap.add_argument("--keep", action="store_true", help="keep a diverging step's sites in .build/incremental-diff/")
    ap.add_argument("--list", action="store_true", help="list the edit kinds and exit")
    args = ap.parse_args()
    try:
        import openpyxl  # noqa: F401  (the .xlsx edits)
        xlsx = True
    except ImportError:
        xlsx = False
    edits = [k for k in EDITS if xlsx or k != "csv-to-xlsx"]
    if args.list:
        print("edits:", " ".join(edits))
        print("steps:", " ".join(SPECIAL))
        return 0
    kinds = args.only.split(",") if args.only else edits + SPECIAL
    unknown = [k for k in kinds if k not in edits and k not in SPECIAL]
    if unknown:
        ap.error("unknown edit kind %s (see --list)" % ", ".join(unknown))
    args.kinds = kinds
    args.edits = [k for k in kinds if k in edits] or edits
    if not xlsx:
        print("note: openpyxl missing, the .xlsx edits are left out (pip install openpyxl)")
    BONTOT = os.path.abspath(args.bontot)
    if not os.access(BONTOT, os.X_OK):
        ap.error("no bontot at %s (make release, or --bontot PATH)" % BONTOT)
    seeds = seed_range(args.seeds)
    os.makedirs(KEPT, exist_ok=True)
    WORK = tempfile.mkdtemp(prefix="run-", dir=KEPT)
    BASE = os.path.join(WORK, "base")
    r = Runner(args)
    t0 = time.time()
    try:
        make_base()
        for seed in seeds:
            r.sequence(seed)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
        if not os.listdir(KEPT):
            os.rmdir(KEPT)
    options = "".join(" --%s %s" % (o.replace("_", "-"), v) for o, v in
                      [("only", args.only), ("steps_min", args.steps_min), ("steps_max", args.steps_max)]
                      if v and v != ap.get_default(o))
    for seed, step, name, story in r.diverging:
        r.say("replay: python3 scripts/incremental_diff.py --seeds %d%s  (%s, step %d: %s)"
              % (seed, options, name, step, " ; ".join(story)))
    r.say("incremental-diff: %d sequences, %d divergences, %.0f s" % (len(seeds), r.divergences, time.time() - t0))
    return 1 if r.divergences else 0


if __name__ == "__main__":
    sys.exit(main())
