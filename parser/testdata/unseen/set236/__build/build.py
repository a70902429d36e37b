import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sys.argv[1:] or ["n01_papu", "n02_carbap", "n03_srfh", "n04_uds", "n05_sd", "n06_proparco", "n07_opc", "n08_wiltz", "n09_vda", "n10_coop", "nonnotices"]
for m in mods:
    importlib.import_module(m).build()
common.manifest()
