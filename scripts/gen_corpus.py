#!/usr/bin/env python3
"""Benchmark corpus generator for bontot (and an equivalent Hugo site).

    python3 gen_corpus.py --branches 200 --years 3 --stories 300 --out corpus --format both

Writes DIR/bontot (a bontot site, see ../SPEC.md) and/or DIR/hugo (a Hugo site
whose layouts are copied from hugo-layouts/ next to this script). Output is
deterministic for a given --seed; with --format both the Markdown bodies are
byte-identical on the two sides. Standard library only.

A copy of ../shared/bench/gen_corpus.py (the benchmark's generator, outside this repository),
kept here so that the tests (OutputCheckerTests) find it in a fresh clone; `--format bontot`
needs nothing else. scripts/bench.py still runs the shared one, beside its Hugo layouts.
"""
import argparse, json, os, random, re, shutil, unicodedata

FIRST_YEAR_END = 2025          # the last year of the corpus; years run backwards from it
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- vocabulary
HO = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Lương Tạ".split()
DEM_NAM = "Văn Đức Minh Quang Hữu Công Xuân Đình Ngọc Thành".split()
DEM_NU = "Thị Thu Ngọc Thanh Hồng Minh Phương Kim".split()
TEN_NAM = "An Bình Cường Dũng Hải Hùng Long Nam Phúc Quân Sơn Tám Thắng Toàn Tuấn Việt Khánh Hiếu Lâm Trung".split()
TEN_NU = "Hà Hạnh Hoa Hương Lan Mai Nga Tâm Thảo Thủy Trang Yến Dung Huyền Loan Nhung Oanh Vân Xuân Hằng".split()
PLACES = ("Kho Vàng, Đông Hòa, Tân Lập, Phú Mỹ, An Bình, Hòa Thuận, Vĩnh Phúc, Ngọc Hà, Thành Công, "
          "Đại Đồng, Hưng Long, Tiên Phong, Quyết Tiến, Thống Nhất, Yên Bình, Đoàn Kết, Bình Minh, "
          "Hợp Tiến, Tân Hòa, Phú Thọ, Cẩm Giàng, Liên Minh, Hồng Phong, Đồng Tâm").split(", ")
SCHOOLS = ["Trường Tiểu học", "Trường THCS", "Trường Mầm non", "Trường THPT"]
FAMOUS = ["Nguyễn Du", "Kim Đồng", "Lê Quý Đôn", "Chu Văn An", "Trần Phú", "Võ Thị Sáu", "Nguyễn Trãi",
          "Lý Tự Trọng", "Hoa Sen", "Hoa Mai", "Đinh Tiên Hoàng", "Lê Lợi"]
AGENCIES = ["Ủy ban nhân dân", "Ủy ban Mặt trận Tổ quốc", "Trạm Y tế", "Hợp tác xã nông nghiệp",
            "Ban Quản lý chợ", "Bưu điện văn hóa"]
COMPANIES = ["Công ty TNHH May", "Công ty Cổ phần Xây dựng", "Công ty Cổ phần Chè", "Công ty TNHH Cơ khí",
             "Công ty Cổ phần Thủy sản"]
KIND_WEIGHTS = [("khu-dan-cu", 62), ("truong-hoc", 12), ("cong-an", 5), ("quan-su", 5),
                ("co-quan", 8), ("doanh-nghiep", 5), ("khac", 3)]

SUBJ = ["Chi ủy", "Chi bộ", "Đồng chí Bí thư chi bộ", "Các đồng chí đảng viên", "Ban công tác Mặt trận",
        "Chi hội Phụ nữ", "Chi đoàn Thanh niên", "Chi hội Cựu chiến binh", "Chi hội Người cao tuổi",
        "Tổ dân phố", "Các đảng viên phụ trách hộ", "Tổ hòa giải", "Tổ bảo vệ an ninh trật tự"]
VERB = ["đã tập trung lãnh đạo", "tiếp tục quán triệt", "tổ chức triển khai", "chỉ đạo quyết liệt",
        "phối hợp tuyên truyền", "thường xuyên đôn đốc", "rà soát, đánh giá", "kiểm tra, giám sát",
        "vận động nhân dân thực hiện", "chủ động nắm bắt tình hình về", "duy trì thực hiện",
        "cụ thể hóa và tổ chức thực hiện", "quan tâm chỉ đạo", "sơ kết, rút kinh nghiệm"]
OBJ = ["công tác vệ sinh môi trường", "phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
       "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Nghị quyết Trung ương 4 khóa XII",
       "công tác phòng, chống dịch bệnh", "việc thu, nộp đảng phí", "công tác phát triển đảng viên mới",
       "chuyển đổi số trong khu dân cư", "cải cách hành chính", "bảo đảm an ninh chính trị, trật tự an toàn xã hội",
       "công tác phòng cháy, chữa cháy", "phong trào khuyến học, khuyến tài", "cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam",
       "việc phân loại rác thải tại nguồn", "công tác chăm lo gia đình chính sách", "xây dựng nông thôn mới nâng cao",
       "việc giữ gìn trật tự đô thị, lòng đường, vỉa hè", "công tác dân vận khéo", "quy chế dân chủ ở cơ sở",
       "công tác hòa giải ở cơ sở", "phòng, chống tác hại của ma túy", "chương trình bình dân học vụ số",
       "việc thu quỹ Vì người nghèo", "kế hoạch kiểm tra, giám sát năm", "phong trào thi đua yêu nước"]
TAIL = ["đạt kết quả tích cực", "bảo đảm đúng tiến độ đề ra", "góp phần giữ vững ổn định chính trị trên địa bàn",
        "theo đúng kế hoạch của Đảng ủy", "được nhân dân đồng tình ủng hộ", "tạo sự chuyển biến rõ nét",
        "song vẫn còn một số hạn chế cần khắc phục", "phát huy vai trò tiền phong, gương mẫu của đảng viên",
        "gắn với trách nhiệm của người đứng đầu", "bám sát tình hình thực tế của địa phương",
        "với tinh thần trách nhiệm cao", "bước đầu mang lại hiệu quả thiết thực"]
ROLES = ["Trưởng khu dân cư", "Bí thư Chi đoàn", "Chi hội trưởng Phụ nữ", "Tổ trưởng tổ dân phố", "đảng viên",
         "Trưởng Ban công tác Mặt trận", "Chi hội trưởng Cựu chiến binh", "Phó Bí thư chi bộ"]
AREAS = ["Về công tác xây dựng Đảng", "Về kinh tế - xã hội", "Về quốc phòng - an ninh", "Về công tác dân vận",
         "Về văn hóa - xã hội", "Về công tác kiểm tra, giám sát"]
QUOTES = ["Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.",
          "Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.",
          "Đảng ta là đạo đức, là văn minh.",
          "Chi bộ là nền tảng của Đảng, chi bộ tốt thì mọi việc sẽ tốt.",
          "Nói đi đôi với làm, trên dưới đồng lòng, dọc ngang thông suốt.",
          "Việc gì có lợi cho dân phải hết sức làm, việc gì có hại cho dân phải hết sức tránh."]
LINKS = [("Nghị quyết 21-NQ/TW", "https://tulieuvankien.dangcongsan.vn/"),
         ("Hướng dẫn 12-HD/BTCTW", "https://tulieuvankien.dangcongsan.vn/he-thong-van-ban"),
         ("Quy định 366-QĐ/TW", "https://dangcongsan.vn/"),
         ("Cổng thông tin điện tử Đảng bộ", "https://dangcongsan.vn/xay-dung-dang")]
TOPICS = ["Cải tạo điểm đen rác thải", "Thu quỹ Vì người nghèo", "Phòng, chống cháy nổ mùa hanh khô",
          "Tổng vệ sinh môi trường", "Chuẩn bị Đại hội chi bộ", "Phân loại rác tại nguồn", "Lắp đặt camera an ninh",
          "Chăm lo Tết cho hộ nghèo", "Phòng, chống sốt xuất huyết", "Vận động hiến đất mở đường",
          "Kiểm điểm giữa nhiệm kỳ", "Tuyên truyền cài đặt ứng dụng VNeID", "Giữ gìn trật tự vỉa hè"]
THEMES = ["Nâng cao chất lượng sinh hoạt chi bộ", "Vai trò nêu gương của đảng viên", "Đảng viên phụ trách hộ gia đình",
          "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Công tác dân vận khéo ở khu dân cư",
          "Chuyển đổi số trong sinh hoạt chi bộ", "Phòng, chống suy thoái tư tưởng chính trị"]
TAGS = ["phòng chống thiên tai", "chuyển đổi số", "dân vận khéo", "khuyến học", "môi trường", "an ninh trật tự",
        "nông thôn mới", "an sinh xã hội", "học tập và làm theo Bác", "kinh tế tập thể"]
STORY_TITLES = ["{p} — người đảng viên tận tụy với {o}", "Bí thư 8X xông pha vì {o}", "Mô hình hay về {o} ở {b}",
                "{b}: điểm sáng trong {o}", "Người giữ lửa {o} ở {pl}", "Lan tỏa {o} từ {b}"]


def fold(s):
    """Vietnamese → ASCII slug: 'Chi bộ khu dân cư số 21' → 'chi-bo-khu-dan-cu-so-21'."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ---------------------------------------------------------------- YAML writer
PLAIN = re.compile(r"[A-Za-zÀ-ỹ][^:#\n\[\]{}\"']*")
RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}


def scalar(v, flow=False):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return v
    if PLAIN.fullmatch(v) and not v.endswith(" ") and v.lower() not in RESERVED and not (flow and "," in v):
        return v
    return json.dumps(v, ensure_ascii=False)


def is_scalar(v):
    return not isinstance(v, (dict, list))


def yaml(obj, ind=""):
    out = []
    for k, v in obj.items():
        if isinstance(v, dict) and v and all(isinstance(x, (int, float)) for x in v.values()):
            out.append(f"{ind}{k}: {{ " + ", ".join(f"{a}: {b}" for a, b in v.items()) + " }")
        elif isinstance(v, dict):
            out.append(f"{ind}{k}:")
            out.append(yaml(v, ind + "  "))
        elif isinstance(v, list) and all(is_scalar(x) for x in v) and all("," not in str(x) for x in v):
            out.append(f"{ind}{k}: [" + ", ".join(scalar(x, True) for x in v) + "]")
        elif isinstance(v, list):
            out.append(f"{ind}{k}:")
            for x in v:
                if is_scalar(x):
                    out.append(f"{ind}  - {scalar(x)}")
                else:
                    sub = yaml(x, ind + "    ")
                    out.append(f"{ind}  - " + sub.lstrip())
        else:
            out.append(f"{ind}{k}: {scalar(v)}")
    return "\n".join(out)


# ---------------------------------------------------------------- text
class Text:
    def __init__(self, rng):
        self.r = rng

    def name(self):
        r = self.r
        if r.random() < 0.5:
            return f"{r.choice(HO)} {r.choice(DEM_NAM)} {r.choice(TEN_NAM)}"
        return f"{r.choice(HO)} {r.choice(DEM_NU)} {r.choice(TEN_NU)}"

    def sentence(self):
        r = self.r
        k = r.random()
        if k < 0.55:
            return f"{r.choice(SUBJ)} {r.choice(VERB)} {r.choice(OBJ)}, {r.choice(TAIL)}."
        if k < 0.7:
            return (f"Trong tháng, chi bộ đã vận động {r.randint(12, 480)} hộ gia đình tham gia "
                    f"{r.choice(OBJ)}, đạt {r.randint(80, 100)}% kế hoạch.")
        if k < 0.8:
            return f"Tỷ lệ đảng viên dự sinh hoạt đạt {r.randint(82, 100)}%, {r.choice(TAIL)}."
        if k < 0.9:
            return (f"Thu đảng phí được {r.randint(8, 95)}.{r.randint(100, 999)}.000 đồng, nộp cấp trên đúng quy định; "
                    f"{r.choice(SUBJ)} {r.choice(VERB)} {r.choice(OBJ)}.")
        return (f"Bên cạnh kết quả đạt được, {r.choice(OBJ)} còn có mặt hạn chế, "
                f"một số đảng viên chưa thực sự {r.choice(TAIL)}.")

    def para(self, n=None):
        n = n or self.r.randint(3, 6)
        s = [self.sentence() for _ in range(n)]
        if self.r.random() < 0.4:                       # emphasis somewhere
            i = self.r.randrange(n)
            s[i] = "**" + s[i][:-1] + "**."
        return " ".join(s)

    def bullet_opinions(self, names):
        r = self.r
        return "\n".join(f"- **Đồng chí {r.choice(names)}** ({r.choice(ROLES)}): {self.sentence()}"
                         for _ in range(r.randint(2, 4)))

    def tasks(self):
        r = self.r
        return "\n".join(f"{i}. {cap(r.choice(VERB))} {r.choice(OBJ)}, {r.choice(TAIL)}."
                         for i in range(1, r.randint(2, 5) + 1))

    def quote(self):
        return f"> {self.r.choice(QUOTES)}\n>\n> — *Chi bộ nhắc lại trong buổi sinh hoạt*"

    def link(self):
        t, u = self.r.choice(LINKS)
        return f"Chi bộ thống nhất thực hiện theo tinh thần [{t}]({u}) và chỉ đạo của cấp ủy cấp trên."


def cap(s):
    return s[0].upper() + s[1:]


def words(s):
    return len(s.split())


def minutes_body(t, m, kind, topic, names, lo=300, hi=900):
    """A meeting's minutes in Markdown, lo..hi words: report, debate, tasks, conclusion."""
    r = t.r
    target = r.randint(lo, hi)
    parts = [f"## I. Đánh giá kết quả thực hiện nhiệm vụ tháng {m}", t.para(r.randint(2, 3))]
    if kind == "chuyen-de":
        parts += [f"## Nội dung chuyên đề: {topic}", t.para(2), t.quote()]
    parts += ["## II. Ý kiến thảo luận", t.bullet_opinions(names)]
    if kind != "chuyen-de":
        parts.append(t.quote())
    parts += [f"## III. Phương hướng, nhiệm vụ tháng {m % 12 + 1}", t.tasks()]
    tail = ["## IV. Kết luận của chủ trì", t.sentence() + " " + t.link()]
    extra = []
    while words("\n\n".join(parts + extra + tail)) < target:
        extra += [f"### {r.choice(AREAS)}", t.para(r.randint(2, 4))]
    while extra and words("\n\n".join(parts + extra + tail)) > hi:
        extra = extra[:-2]
    return "\n\n".join(parts[:2] + extra + parts[2:] + tail) + "\n"


def story_body(t, person, branch_name, lo=500, hi=1500):
    r = t.r
    target = r.randint(lo, hi - 150)
    born = r.randint(1955, 1992)
    parts = [f"*{person} sinh năm {born}, được kết nạp vào Đảng năm {born + r.randint(20, 30)} "
             f"và hiện sinh hoạt tại {branch_name}.*", t.para(),
             "## Từ những việc làm nhỏ", t.para(), t.para(),
             "## Lan tỏa trong cộng đồng", t.para(),
             "Những kết quả nổi bật:\n\n" + "\n".join(f"- {t.sentence()}" for _ in range(r.randint(3, 5))),
             f"> {r.choice(QUOTES)}\n>\n> — *{person} chia sẻ*"]
    tail = ["## Bài học kinh nghiệm", t.para() + " " + t.link()]
    while words("\n\n".join(parts + tail)) < target:
        parts += [t.para()]
    return "\n\n".join(parts + tail) + "\n"


# ---------------------------------------------------------------- data model
def make_branches(t, n, years):
    r, names, out = t.r, set(), []
    counters = {}
    kinds = [k for k, w in KIND_WEIGHTS for _ in range(w)]
    n_parents = max(1, n // 40)
    for i in range(n):
        kind = r.choice(kinds)
        counters[kind] = c = counters.get(kind, 0) + 1
        pl = r.choice(PLACES)
        name = {"khu-dan-cu": lambda: r.choice([f"Chi bộ khu dân cư số {c}", f"Chi bộ tổ dân phố số {c}",
                                                 f"Chi bộ thôn {pl}"]),
                "truong-hoc": lambda: f"Chi bộ {r.choice(SCHOOLS)} {r.choice(FAMOUS)}",
                "cong-an": lambda: f"Chi bộ Công an xã {pl}",
                "quan-su": lambda: f"Chi bộ Quân sự xã {pl}",
                "co-quan": lambda: f"Chi bộ {r.choice(AGENCIES)} xã {pl}",
                "doanh-nghiep": lambda: f"Chi bộ {r.choice(COMPANIES)} {pl}",
                "khac": lambda: f"Chi bộ Trạm Y tế xã {pl}"}[kind]()
        base, k = name, 2
        while fold(name) in names:
            name, k = f"{base} {k}", k + 1
        names.add(fold(name))
        big = kind == "khu-dan-cu"
        official = r.randint(40, 260) if big else r.randint(8, 45)
        prob = r.randint(0, 9)
        exempt = r.randint(0, official // 12)
        households = r.randint(300, 3600) if big else 0
        members = [t.name() for _ in range(6)]
        b = {"name": name, "kind": kind, "parent": f"dang-bo-{fold(PLACES[i % n_parents % len(PLACES)])}-{i % n_parents + 1}",
             "cluster": f"cum-{i // 15 + 1}", "secretary": members[0], "deputies": members[1:2],
             "committee": members[1:r.randint(3, 5)], "members": {"official": official, "probationary": prob},
             "exempt": exempt, "households": households}
        if households:
            a = official + prob - exempt
            b["assigned"] = {"members": a, "households": households,
                             "max": households // max(a, 1) + r.randint(2, 8), "min": max(1, households // max(a, 1) - 4)}
        b["founded"] = f"{r.randint(1946, 2015)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        b["address"] = f"{'Thôn' if r.random() < 0.3 else 'Khu'} {pl}, xã {r.choice(PLACES)}"
        b["summary"] = f"{name} {r.choice(VERB)} {r.choice(OBJ)}, {r.choice(TAIL)}."
        ratings = {}
        for y in years:
            total = official + prob
            xs = total * r.randint(5, 20) // 100
            ko = 1 if r.random() < 0.05 else 0
            ht = total * r.randint(3, 12) // 100
            ratings[y] = {"xuat-sac": xs, "tot": total - xs - ht - ko, "hoan-thanh": ht, "khong-hoan-thanh": ko}
        b["member_ratings"] = ratings
        awards = [{"year": y, "title": r.choice(["Giấy khen", "Bằng khen", "Cờ thi đua"]),
                   "by": r.choice(["Đảng ủy xã", "Huyện ủy", "Tỉnh ủy", "Ủy ban nhân dân tỉnh"]),
                   "for": f"Hoàn thành xuất sắc nhiệm vụ {r.randint(2, 5)} năm liền"}
                  for y in years if r.random() < 0.25]
        if awards:
            b["awards"] = awards
        if r.random() < 0.2:
            b["photo"] = f"media/chi-bo/{fold(name)}.svg"
        b["_id"], b["_names"] = fold(name), members + [t.name() for _ in range(6)]
        out.append(b)
    return out


RUBRIC = {"scale": 100, "criteria": [
    {"id": "nhiem-vu-chinh-tri", "name": "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị", "max": 30},
    {"id": "sinh-hoat", "name": "Chất lượng sinh hoạt tốt", "max": 30},
    {"id": "doan-ket-ky-luat", "name": "Đoàn kết, kỷ luật tốt", "max": 20},
    {"id": "dang-vien", "name": "Cán bộ, đảng viên tốt", "max": 20}],
    "bonus_max": 5,
    "levels": [{"id": "xuat-sac", "name": "Hoàn thành xuất sắc nhiệm vụ", "min": 90},
               {"id": "tot", "name": "Hoàn thành tốt nhiệm vụ", "min": 70},
               {"id": "hoan-thanh", "name": "Hoàn thành nhiệm vụ", "min": 50},
               {"id": "khong-hoan-thanh", "name": "Không hoàn thành nhiệm vụ", "min": 0}],
    "four_good": {"min_share_each": 0.8, "min_level": "tot", "no_violations": True},
    "excellent_quota": 0.2}


def evaluation(r, branches, y):
    scores = {}
    for b in branches:
        q = r.uniform(0.55, 1.0)                        # how good this cell is this year
        s = {c["id"]: max(0, min(c["max"], round(c["max"] * r.gauss(q, 0.06)))) for c in RUBRIC["criteria"]}
        s["bonus"] = r.choice([0, 0, 0, 1, 2, 3, 5])
        s["penalty"] = r.choice([0] * 12 + [1, 2, 5])
        s["violations"] = 1 if r.random() < 0.04 else 0
        if r.random() < 0.03:
            s["level"] = r.choice(["xuat-sac", "tot", "hoan-thanh"])
        if r.random() < 0.1:
            s["note"] = r.choice(["Tặng Giấy khen", "Đề nghị Huyện ủy tặng Bằng khen", "Cần củng cố"])
        scores[b["_id"]] = s
    return {"period": y, "title": f"Kết quả chấm điểm thi đua năm {y}", "scores": scores}


def minutes(t, b, y, m):
    r = t.r
    kind = "chuyen-de" if m % 3 == 0 else "thuong-ky"
    topic = r.choice(THEMES) if kind == "chuyen-de" else f"{r.choice(TOPICS)} tháng {m}"
    expected = b["members"]["official"] + b["members"]["probationary"] - b["exempt"]
    unexc = r.choice([0, 0, 0, 0, 1, 2])
    exc = r.randint(0, max(1, expected // 10))
    h = r.choice([7, 8, 14, 19, 19, 19])
    start, dur = f"{h:02d}:{r.choice(['00', '30'])}", r.choice([60, 90, 105, 120, 150])
    fm = {"branch": b["_id"], "date": f"{y}-{m:02d}-{r.randint(1, 10):02d}", "kind": kind, "topic": topic,
          "format": r.choice(["truc-tiep"] * 8 + ["truc-tuyen", "ket-hop"]),
          "chair": b["secretary"], "recorder": b["deputies"][0], "start": start,
          "end": f"{h + (int(start[3:]) + dur) // 60:02d}:{(int(start[3:]) + dur) % 60:02d}",
          "attendance": {"present": expected - exc - unexc, "expected": expected, "excused": exc, "unexcused": unexc},
          "absent": [{"name": t.name(), "reason": r.choice(["ốm", "đi công tác", "việc gia đình"])}
                     for _ in range(min(exc, 3))] + [{"name": t.name()} for _ in range(unexc)],
          "speakers": r.randint(3, 14)}
    if r.random() < 0.15:
        fm["guests"] = [f"{t.name()} — {r.choice(['Bí thư Đảng ủy xã', 'Phó Bí thư Thường trực Đảng ủy', 'Đảng ủy viên phụ trách địa bàn'])}"]
    fm["resolutions"] = [f"{cap(r.choice(VERB))} {r.choice(OBJ)}" for _ in range(r.randint(1, 3))]
    if r.random() < 0.5:
        fm["resolutions"].append({"text": f"Hoàn thành {r.choice(TOPICS).lower()}",
                                  "due": f"{y + m // 12}-{m % 12 + 1:02d}-{r.randint(10, 28):02d}"})
    if r.random() < 0.7:
        fm["quality"] = {"score": r.randint(62, 100)}
    body = minutes_body(t, m, kind, topic, b["_names"])
    return f"{b['_id']}-{y}-{m:02d}", fm, body


def story(t, branches, years, used):
    r = t.r
    b = r.choice(branches)
    kind = r.choice(["ca-nhan", "ca-nhan", "tap-the", "mo-hinh"])
    person = r.choice(b["_names"])
    title = r.choice(STORY_TITLES).format(p=person, o=r.choice(OBJ), b=b["name"], pl=r.choice(PLACES))
    title = title[0].upper() + title[1:]
    slug, k = fold(title)[:70].strip("-"), 2
    while slug in used:
        slug, k = f"{fold(title)[:70].strip('-')}-{k}", k + 1
    used.add(slug)
    fm = {"title": title, "slug": slug, "kind": kind}   # titles repeat; the slug keeps each story apart
    if kind == "ca-nhan":
        fm["person"] = person
    fm.update({"branch": b["_id"], "date": f"{r.choice(years)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
               "tags": r.sample(TAGS, r.randint(1, 3))})
    if r.random() < 0.25:
        fm["image"] = f"media/guong/{slug}.svg"
    fm["summary"] = f"{person} {r.choice(VERB)} {r.choice(OBJ)}, {r.choice(TAIL)}."
    return slug, fm, story_body(t, person, b["name"])


def svg(label):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" '
            f'fill="#b71c1c"/><text x="16" y="104" fill="#ffd600" font-size="16">{label}</text></svg>\n')


# ---------------------------------------------------------------- writers
class Out:
    """Writes every file to the bontot side, the Hugo side, or both."""

    def __init__(self, root, fmt):
        self.b = os.path.join(root, "bontot") if fmt in ("bontot", "both") else None
        self.h = os.path.join(root, "hugo") if fmt in ("hugo", "both") else None
        for d in (self.b, self.h):
            if d and os.path.exists(d):
                shutil.rmtree(d)

    @staticmethod
    def write(base, rel, text):
        p = os.path.join(base, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def bontot(self, rel, text):
        if self.b:
            self.write(self.b, rel, text)

    def hugo(self, rel, text):
        if self.h:
            self.write(self.h, rel, text)


CSS = ("body{font-family:system-ui,sans-serif;max-width:64rem;margin:0 auto;padding:0 1rem;line-height:1.5}"
       "header{border-bottom:3px solid #b71c1c}nav a{margin-right:1rem}table{border-collapse:collapse}"
       "td,th{border:1px solid #ccc;padding:.2rem .4rem}dt{font-weight:bold}.lv-xuat-sac{color:#b71c1c}\n")


def page(fm, body=""):
    return f"---\n{yaml(fm)}\n---\n{body}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--branches", type=int, default=20)
    ap.add_argument("--years", type=int, default=1)
    ap.add_argument("--stories", type=int, default=None, help="default: as many as --branches")
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", choices=["bontot", "hugo", "both"], default="both")
    ap.add_argument("--seed", type=int, default=21)
    a = ap.parse_args()
    stories_n = a.stories if a.stories is not None else a.branches
    rng = random.Random(a.seed)
    t, o = Text(rng), Out(a.out, a.format)
    years = list(range(FIRST_YEAR_END - a.years + 1, FIRST_YEAR_END + 1))
    site = {"title": "Cổng thông tin Đảng bộ xã Hòa Thuận", "organization": "Đảng bộ xã Hòa Thuận",
            "parent": "Đảng bộ huyện Giồng Riềng", "issuer": "Đảng ủy xã Hòa Thuận", "place": "Hòa Thuận",
            "base_url": "/", "language": "vi", "allow_html": False}
    o.bontot("site.yaml", yaml(site) + "\n")
    o.bontot("content/rubric.yaml", yaml(RUBRIC) + "\n")
    o.hugo("data/rubric.yaml", yaml(RUBRIC) + "\n")
    o.hugo("data/site.yaml", yaml(site) + "\n")
    o.hugo("config.yaml", yaml({
        "baseURL": "/", "languageCode": "vi", "defaultContentLanguage": "vi", "title": site["title"],
        "disableKinds": ["RSS", "robotsTXT", "404"], "taxonomies": {"tag": "tags"},
        "permalinks": {"sinh-hoat": "/sinh-hoat/:filename/", "ban-tin": "/ban-tin/:filename/",
                       "xep-hang": "/xep-hang/:filename/"},
        "params": {"latest_year": years[-1], "years": years}}) + "\n")
    if o.h:
        shutil.copytree(os.path.join(HERE, "hugo-layouts"), os.path.join(o.h, "layouts"))
    o.hugo("static/style.css", CSS)
    o.hugo("content/ban-tin/_index.md", page({"title": "Bản tin"}))

    branches = make_branches(t, a.branches, years)
    o.hugo("content/chi-bo/_index.md", page({"title": "Danh bạ chi bộ"}))
    for b in branches:
        fields = {k: v for k, v in b.items() if not k.startswith("_")}
        o.bontot(f"content/branches/{b['_id']}.yaml", yaml(fields) + "\n")
        o.hugo(f"content/chi-bo/{b['_id']}.md", page(fields))
        if "photo" in b:
            o.bontot(f"content/{b['photo']}", svg(b["name"]))
            o.hugo(f"static/{b['photo']}", svg(b["name"]))

    o.hugo("content/xep-hang/_index.md", page({"title": "Xếp hạng thi đua"}))
    for y in years:
        ev = evaluation(rng, branches, y)
        o.bontot(f"content/evaluations/{y}.yaml", yaml(ev) + "\n")
        o.hugo(f"data/evaluations/{y}.yaml", yaml(ev) + "\n")
        o.hugo(f"content/xep-hang/{y}.md", page({"title": f"Xếp hạng thi đua năm {y}", "year": y}))

    o.hugo("content/sinh-hoat/_index.md", page({"title": "Sinh hoạt chi bộ"}))
    for y in years:
        o.hugo(f"content/sinh-hoat/{y}/_index.md", page({"title": f"Sinh hoạt chi bộ năm {y}"}))
        for m in range(1, 13):
            o.hugo(f"content/sinh-hoat/{y}/{m:02d}/_index.md",
                   page({"title": f"Sinh hoạt chi bộ tháng {m:02d}/{y}", "year": y, "month": m}))
            for b in branches:
                slug, fm, body = minutes(t, b, y, m)
                o.bontot(f"content/minutes/{y}/{slug}.md", page(fm, body))
                o.hugo(f"content/sinh-hoat/{y}/{m:02d}/{slug}.md", page(fm, body))
            ym = f"{y}-{m:02d}"
            ed = page({"title": f"Bản tin sinh hoạt chi bộ tháng {m:02d}/{y}"},
                      f"{t.para()}\n\n## Nhiệm vụ trọng tâm tháng tới\n\n{t.tasks()}\n\n{t.quote()}\n")
            o.bontot(f"content/bulletins/{ym}.md", ed)
            o.hugo(f"content/ban-tin/{ym}.md", ed)

    used = set()
    o.hugo("content/guong-dien-hinh/_index.md", page({"title": "Gương điển hình"}))
    for _ in range(stories_n):
        slug, fm, body = story(t, branches, years, used)
        o.bontot(f"content/stories/{slug}.md", page(fm, body))
        o.hugo(f"content/guong-dien-hinh/{slug}.md", page(fm, body))
        if "image" in fm:
            o.bontot(f"content/{fm['image']}", svg(fm["title"][:30]))
            o.hugo(f"static/{fm['image']}", svg(fm["title"][:30]))


if __name__ == "__main__":
    main()
