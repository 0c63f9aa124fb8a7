"""Parses every *.yaml/*.yml file under the given paths with PyYAML's C loader and
nothing else: the floor a YAML-based checker in Python starts from."""
import os
import sys

import yaml

for root in sys.argv[1:]:
    paths = [root] if os.path.isfile(root) else [
        os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith((".yaml", ".yml"))
    ]
    for path in sorted(paths):
        with open(path, "rb") as file:
            yaml.load(file, Loader=yaml.CSafeLoader)
