#!/usr/bin/env python3
"""Rebuilds the corpus index (index.json) from the template files and tools/corpus/sources.json.

For every source it reads the copied template, works out its features from the fixed vocabulary,
counts its resources, runs cfn-lint on it for the error rule ids, and records its SHA-256 so a test
can tell a byte-for-byte copy from an edited one. Usage (from the repository root):

    python3 tools/corpus/index.py [--corpus DIR] [--no-lint]

--no-lint keeps the cfnLintErrors already in index.json (cfn-lint takes a few seconds a template).
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

import yaml  # PyYAML, a cfn-lint dependency: its event stream tells comments from scalar text
from cfnlint.decode import decode_str  # cfn-lint's own decoder: short-form tags become Fn:: maps

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CORPUS = os.path.join(ROOT, "exporters", "src", "test", "resources", "patternboard", "corpus")
SOURCES = os.path.join(HERE, "sources.json")

SAM_TRANSFORM = "AWS::Serverless-2016-10-31"
NESTED_STACK_TYPES = {"AWS::CloudFormation::Stack", "AWS::Serverless::Application"}
SAM_EVENT_TYPES = {"AWS::Serverless::Function", "AWS::Serverless::StateMachine"}
SECTIONS = {"Parameters": "parameters", "Conditions": "conditions", "Mappings": "mappings",
            "Outputs": "outputs", "Rules": "rules", "Metadata": "metadata", "Globals": "globals"}
VOCABULARY = ["sam", "json", "yaml", "comments", "block-scalar", "parameters", "conditions", "mappings",
              "outputs", "rules", "metadata", "fn-if", "fn-sub-map", "fn-foreach", "nested-stack",
              "custom-resource", "inline-code", "globals", "sam-events", "sam-connector",
              "composer-groups", "short-form-tags", "depends-on", "deletion-policy"]


def is_json(text):
    return text.lstrip("\ufeff \t\r\n").startswith("{")


def yaml_text_features(text):
    """Comments, block scalars and short-form tags, read from PyYAML's event stream.

    A '#' is a comment only outside every scalar's span (inline code in block scalars has its own
    '#' lines), so the scalar spans are collected first and the lines scanned afterwards."""
    found = set()
    spans = []  # (start index, end index) of every scalar in the text
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        tag = getattr(event, "tag", None)
        if tag and tag.startswith("!") and not tag.startswith("!!"):
            found.add("short-form-tags")
        if isinstance(event, yaml.ScalarEvent):
            if event.style in ("|", ">"):
                found.add("block-scalar")
            spans.append((event.start_mark.index, event.end_mark.index))
    if has_comment(text, spans):
        found.add("comments")
    return found


def has_comment(text, spans):
    spans.sort()
    k = 0
    for i, ch in enumerate(text):
        if ch != "#":
            continue
        while k < len(spans) and spans[k][1] <= i:
            k += 1
        inside = k < len(spans) and spans[k][0] <= i < spans[k][1]
        if not inside and (i == 0 or text[i - 1] in " \t\n"):
            return True
    return False


def walk(node):
    """Every mapping in the tree, depth first."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def template_features(template):
    found = set()
    transform = template.get("Transform")
    transforms = transform if isinstance(transform, list) else [transform]
    if SAM_TRANSFORM in transforms:
        found.add("sam")
    for section, feature in SECTIONS.items():
        if template.get(section):
            found.add(feature)
    metadata = template.get("Metadata")
    if isinstance(metadata, dict) and "AWS::Composer::Groups" in metadata:
        found.add("composer-groups")
    for mapping in walk(template):
        for key, value in mapping.items():
            if key == "Fn::If":
                found.add("fn-if")
            elif key == "Fn::Sub" and isinstance(value, list) and len(value) == 2 and isinstance(value[1], dict):
                found.add("fn-sub-map")
            elif isinstance(key, str) and key.startswith("Fn::ForEach::"):
                found.add("fn-foreach")
    for resource in resources_of(template):
        found |= resource_features(resource)
    return found


def resources_of(template):
    """The resource definitions, including those inside Fn::ForEach templates."""
    resources = template.get("Resources")
    if not isinstance(resources, dict):
        return
    for mapping in walk(resources):
        if isinstance(mapping.get("Type"), str):
            yield mapping


def resource_features(resource):
    found = set()
    rtype = resource["Type"]
    props = resource.get("Properties") if isinstance(resource.get("Properties"), dict) else {}
    if rtype in NESTED_STACK_TYPES:
        found.add("nested-stack")
    if rtype.startswith("Custom::") or rtype == "AWS::CloudFormation::CustomResource":
        found.add("custom-resource")
    code = props.get("Code")
    if (rtype == "AWS::Lambda::Function" and isinstance(code, dict) and "ZipFile" in code) or \
            (rtype == "AWS::Serverless::Function" and "InlineCode" in props):
        found.add("inline-code")
    if rtype in SAM_EVENT_TYPES and props.get("Events"):
        found.add("sam-events")
    if rtype == "AWS::Serverless::Connector" or resource.get("Connectors"):
        found.add("sam-connector")
    if "DependsOn" in resource:
        found.add("depends-on")
    if "DeletionPolicy" in resource:
        found.add("deletion-policy")
    return found


def features(text):
    template, matches = decode_str(text)
    if template is None:
        raise ValueError("cfn-lint cannot decode it: %s" % "; ".join(str(m) for m in matches))
    found = template_features(template)
    if is_json(text):
        found.add("json")
    else:
        found.add("yaml")
        found |= yaml_text_features(text)
    return sorted(found, key=VOCABULARY.index), template


def resource_count(template):
    """Entries of the Resources section as written: a Fn::ForEach loop counts once."""
    resources = template.get("Resources")
    return len(resources) if isinstance(resources, dict) else 0


def lint_errors(path):
    """The sorted set of cfn-lint error rule ids (E*) on the file."""
    run = subprocess.run(["cfn-lint", "-f", "json", "--", path], capture_output=True, text=True)
    if run.returncode not in (0, 2, 4, 6, 8, 10, 12, 14) and not run.stdout.strip():
        raise RuntimeError("cfn-lint failed on %s: %s" % (path, run.stderr.strip()))
    matches = json.loads(run.stdout or "[]")
    return sorted({m["Rule"]["Id"] for m in matches if m["Rule"]["Id"].startswith("E")})


def build_entry(source, corpus, lint, previous):
    name = source["file"]
    path = os.path.join(corpus, name)
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8-sig")
    found, template = features(text)
    errors = lint_errors(path) if lint else previous.get(source["id"], {}).get("cfnLintErrors", [])
    return {"id": source["id"], "file": name, "repository": source["repository"], "path": source["path"],
            "commit": source["commit"], "licence": source["licence"], "features": found,
            "resources": resource_count(template), "cfnLintErrors": errors,
            "sha256": hashlib.sha256(raw).hexdigest()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=os.environ.get("PATTERNBOARD_CORPUS_DIR", DEFAULT_CORPUS),
                        help="directory of the template files (default: the test resources, or $PATTERNBOARD_CORPUS_DIR)")
    parser.add_argument("--index", default=os.path.join(DEFAULT_CORPUS, "index.json"))
    parser.add_argument("--no-lint", action="store_true", help="keep the recorded cfnLintErrors")
    args = parser.parse_args()
    with open(SOURCES) as f:
        sources = json.load(f)
    previous = {}
    if os.path.exists(args.index):
        with open(args.index) as f:
            previous = {e["id"]: e for e in json.load(f)}
    entries = []
    for source in sorted(sources, key=lambda s: s["id"]):
        entry = build_entry(source, args.corpus, not args.no_lint, previous)
        print("%-40s %4d  %s  %s" % (entry["id"], entry["resources"], ",".join(entry["features"]),
                                      ",".join(entry["cfnLintErrors"])), file=sys.stderr)
        entries.append(entry)
    with open(args.index, "w") as f:
        json.dump(entries, f, indent=2, ensure_ascii=False)
        f.write("\n")
    counts = {feature: sum(feature in e["features"] for e in entries) for feature in VOCABULARY}
    print("%d entries; %s" % (len(entries), ", ".join("%s %d" % kv for kv in counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
