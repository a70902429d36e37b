import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = []

def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit('.', 1)[1]
    with open(os.path.join(ROOT, name), 'w', encoding='utf-8') as f:
        f.write(text)
    MANIFEST.append((name, ref, fmt))

def register(name, ref, fmt):
    MANIFEST.append((name, ref, fmt))

def L(en=None, fr=None):
    return {"en": en, "fr": fr}

def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def expected(key, *, post=None, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comps):
    e = {
        "reference": key, "post_number": post, "languages": langs,
        "title": title, "organisation": org, "location": loc, "schedule": sched,
        "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": req, "competencies": comps,
    }
    with open(os.path.join(ROOT, 'expected', key + '.json'), 'w', encoding='utf-8') as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write('\n')
    return e

def sal(amount=None, cur="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def bullets(items, mark='• '):
    return '\n'.join(mark + i for i in items)

def comps_lines(pairs, sep=': ', mark=''):
    return '\n'.join(f"{mark}{n}{sep}{d}" if d else f"{mark}{n}" for n, d in pairs)
