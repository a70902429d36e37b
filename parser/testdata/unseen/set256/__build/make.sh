#!/bin/sh
# Rebuild everything (python-docx is only in Debian's /usr/bin/python3)
cd "$(dirname "$0")" && /usr/bin/python3 assemble.py && python3 ../check.py ..
