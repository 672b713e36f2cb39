#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
# Validates the API's responses against the schemas of its own OpenAPI document (ctest).
#
#   api_schema_check.py TORI_WEB_TEST SAMPLES_DIR
# runs TORI_WEB_TEST's ApiTest.WritesSamplesForTheSchemaCheck with TORI_API_SAMPLES_DIR=SAMPLES_DIR,
# which writes <Schema>.<n>.json files, then checks each against components.schemas.<Schema>
# (JSON Schema 2020-12, formats checked) and the document's schemas themselves.
import json
import os
import pathlib
import shutil
import subprocess
import sys

from jsonschema import Draft202012Validator, FormatChecker


def main(test_program, samples_dir):
    samples = pathlib.Path(samples_dir)
    shutil.rmtree(samples, ignore_errors=True)
    env = dict(os.environ, TORI_API_SAMPLES_DIR=str(samples))
    subprocess.run([test_program, "--gtest_filter=*.WritesSamplesForTheSchemaCheck"],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    document = json.loads(next(samples.glob("OpenApi.*.json")).read_text())
    assert document["openapi"].startswith("3.1"), "not OpenAPI 3.1"
    Draft202012Validator.check_schema({"$defs": document["components"]["schemas"]})
    failures = 0
    checked = 0
    for path in sorted(samples.glob("*.json")):
        name = path.name.split(".")[0]
        if name == "OpenApi":
            continue
        schema = dict(document, **{"$ref": "#/components/schemas/" + name})
        validator = Draft202012Validator(schema, format_checker=FormatChecker())
        for error in validator.iter_errors(json.loads(path.read_text())):
            failures += 1
            print(f"{path.name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        checked += 1
    print(f"{checked} responses checked, {failures} schema errors")
    return 1 if failures or checked < 8 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
