import os, shutil
from common import ROOT, row
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nn")
for f in sorted(os.listdir(SRC)):
    shutil.copy(os.path.join(SRC, f), os.path.join(ROOT, f))
    row(f, "-")
