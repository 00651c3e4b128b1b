#!/usr/bin/env python3
"""Writes Patternboard's compact catalog of CloudFormation resource types.

Source: the resource provider schemas cfn-lint bundles (one region), the GetAtt
rules cfn-lint applies to them, and sam-resources.json (next to this file) for
the AWS::Serverless::* types. Standard library only: cfn-lint's Python data
modules are read with `ast`, never imported, so no cfn-lint dependency loads.

    python3 tools/cfn-schemas/generate.py [--cfn-lint DIR] [--region us-east-1] [--out FILE]

The output is deterministic: sorted keys, no whitespace, gzip with mtime 0 and
no file name, so an unchanged source gives a byte-identical file.
"""
from __future__ import annotations

import argparse
import ast
import gzip
import importlib.util
import io
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_OUT = REPO / "model/src/main/resources/patternboard/catalog/cfn-schemas.json.gz"

FORMAT = 1
# Nested object properties are kept this many levels below a type's own
# properties: enough for a form (Code.S3Bucket, RedrivePolicy.maxReceiveCount),
# small enough to keep the file compact.
NESTED_LEVELS = 2
MAX_REF_HOPS = 16      # a $ref chain longer than this is treated as untyped json
MAX_ATTRIBUTE_DEPTH = 6
SCALARS = ("integer", "number", "boolean")


def module_literal(path: Path, name: str):
    """The literal value assigned to `name` at the top of a Python data module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for stmt in tree.body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return ast.literal_eval(stmt.value)
    raise SystemExit(f"{name} not found in {path}")


def first_sentence(text: str | None) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    match = re.search(r"(?<=[.!?])\s", text)
    return (text[: match.start()] if match else text).strip()


class Document:
    """One JSON schema document; resolves its local $refs and SAM's pass-throughs."""

    def __init__(self, schema: dict, providers: "Providers"):
        self.schema = schema
        self.providers = providers

    def pointer(self, pointer: str):
        node = self.schema
        for part in pointer.lstrip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, node):
        """(node, document) after following $ref, single-element allOf and pass-throughs."""
        doc = self
        for _ in range(MAX_REF_HOPS):
            if not isinstance(node, dict):
                return {}, doc
            if "$ref" in node and str(node["$ref"]).startswith("#"):
                node = doc.pointer(node["$ref"][1:])
            elif "cfnPassThrough" in node:
                type_name, pointer = node["cfnPassThrough"]
                doc = self.providers.document(type_name)
                node = doc.pointer(pointer) if doc else {}
                doc = doc or self
            elif "allOf" in node and len(node["allOf"]) == 1 and "properties" not in node and "type" not in node:
                node = node["allOf"][0]
            else:
                return node, doc
        return {}, doc


def kind_of(node: dict, doc: Document, hops: int = 0) -> str:
    """string|integer|number|boolean|array|object|json for a dereferenced node."""
    declared = node.get("type")
    types = [declared] if isinstance(declared, str) else list(declared or [])
    types = [t for t in types if t != "null"]
    if len(types) == 1:
        kind = types[0]
    elif types:
        if any(t in ("array", "object") for t in types):
            kind = "object" if "object" in types and node.get("properties") else "json"
        else:
            # CloudFormation writes ["integer", "string"] for numbers it also accepts as text
            kind = next((t for t in SCALARS if t in types), "string")
    elif node.get("properties"):
        kind = "object"
    elif "enum" in node:
        kind = "string" if all(isinstance(v, str) for v in node["enum"]) else "json"
    else:
        alternatives = node.get("anyOf") or node.get("oneOf") or []
        kinds = set()
        for alt in alternatives if hops < MAX_REF_HOPS else []:
            alt_node, alt_doc = doc.deref(alt)
            kinds.add(kind_of(alt_node, alt_doc, hops + 1))
        kind = kinds.pop() if len(kinds) == 1 else "json"
    if kind == "object" and not node.get("properties"):
        return "json"  # a free-form map: edited as JSON
    return kind if kind in ("string", "integer", "number", "boolean", "array", "object") else "json"


def pointer_set(pointers) -> set[tuple[str, ...]]:
    """{"/properties/Code/S3Bucket", "/properties/Tags/*/Key"} -> {("Code", "S3Bucket"), ("Tags", "Key")}."""
    out = set()
    for p in pointers or []:
        parts = [x for x in p.split("/")[2:] if x != "*"]
        if p.startswith("/properties/") and parts:
            out.add(tuple(parts))
    return out


class TypeConverter:
    def __init__(self, schema: dict, providers: "Providers"):
        self.doc = Document(schema, providers)
        self.read_only = pointer_set(schema.get("readOnlyProperties"))
        self.create_only = pointer_set(schema.get("createOnlyProperties"))
        self.write_only = pointer_set(schema.get("writeOnlyProperties"))

    def properties(self, node: dict, doc: Document, path: tuple[str, ...], level: int) -> dict:
        required = set(node.get("required") or [])
        return {name: self.property(value, doc, path + (name,), name in required, level)
                for name, value in (node.get("properties") or {}).items()}

    def property(self, raw, doc: Document, path: tuple[str, ...], required: bool, level: int) -> dict:
        node, doc = doc.deref(raw)
        kind = kind_of(node, doc)
        out = {"type": kind}
        for flag, on in (("required", required), ("readOnly", path in self.read_only),
                         ("createOnly", path in self.create_only), ("writeOnly", path in self.write_only)):
            if on:
                out[flag] = True
        shape = node
        if kind == "array":
            shape, doc = doc.deref(node.get("items", {}))
            out["itemType"] = kind_of(shape, doc)
        values = shape.get("enum")
        if values and all(isinstance(v, (str, int, float, bool)) for v in values):
            out["enum"] = [str(v) if not isinstance(v, bool) else str(v).lower() for v in values]
        if kind_of(shape, doc) == "object" and level < NESTED_LEVELS:
            out["properties"] = self.properties(shape, doc, path, level + 1)
        return out


def attribute_names(type_name: str, schema: dict, getatts: dict, providers: "Providers") -> list[str]:
    """The GetAtt names cfn-lint accepts for a type (cfnlint/schema/_getatts.py, same rules)."""
    read_only = [".".join(p.split("/")[2:]) for p in schema.get("readOnlyProperties", []) if "*" not in p]
    if type_name in getatts["all_properties"]:
        names: set[str] = set()
        doc = Document(schema, providers)

        def walk(raw, path, depth):
            node, ndoc = doc.deref(raw)
            types = node.get("type") if isinstance(node.get("type"), list) else [node.get("type")]
            if "object" in types and depth < MAX_ATTRIBUTE_DEPTH:
                for name, value in (node.get("properties") or {}).items():
                    walk(value, path + [name], depth + 1)
            elif "array" in types:
                items, _ = ndoc.deref(node.get("items", {}))
                if items.get("type") not in ("object", "array"):
                    names.add(".".join(path))
            elif "object" not in types:
                names.add(".".join(path))

        for name, value in (schema.get("properties") or {}).items():
            walk(value, [name], 0)
        return sorted(names)
    names = set(getatts["exceptions"].get(type_name, []))
    if type_name in ("AWS::CloudFormation::Stack", "AWS::ServiceCatalog::CloudFormationProvisionedProduct"):
        read_only = [n for n in read_only if n != "Outputs"] + ["Outputs.*"]
    names.update(read_only)
    return sorted(names)


class Providers:
    """cfn-lint's provider schemas of one region, loaded on demand."""

    def __init__(self, cfn_lint: Path, region: str):
        self.resources = cfn_lint / "data/schemas/resources"
        self.hashes = module_literal(cfn_lint / f"data/schemas/providers/{region.replace('-', '_')}.py", "types")
        self._cache: dict[str, Document | None] = {}

    def schema(self, type_name: str) -> dict | None:
        digest = self.hashes.get(type_name)
        if not digest:
            return None
        return json.loads((self.resources / f"{digest}.json").read_text(encoding="utf-8"))

    def document(self, type_name: str) -> Document | None:
        if type_name not in self._cache:
            schema = self.schema(type_name)
            self._cache[type_name] = Document(schema, self) if schema else None
        return self._cache[type_name]


def build(cfn_lint: Path, region: str, sam_file: Path) -> dict:
    providers = Providers(cfn_lint, region)
    getatts_py = cfn_lint / "schema/_getatts.py"
    getatts = {"all_properties": set(module_literal(getatts_py, "_all_property_types")),
               "exceptions": module_literal(getatts_py, "_exceptions")}
    types = {}
    for type_name in sorted(providers.hashes):
        schema = providers.schema(type_name)
        converter = TypeConverter(schema, providers)
        types[type_name] = {
            "typeName": type_name,
            "description": first_sentence(schema.get("description")),
            "properties": converter.properties(schema, converter.doc, (), 0),
            "attributes": attribute_names(type_name, schema, getatts, providers),
        }
    sam = json.loads(sam_file.read_text(encoding="utf-8"))
    for type_name, schema in sorted(sam["types"].items()):
        converter = TypeConverter(schema, providers)
        attributes_from = schema.get("attributesFrom")
        types[type_name] = {
            "typeName": type_name,
            "description": first_sentence(schema.get("description")),
            "properties": converter.properties(schema, converter.doc, (), 0),
            "attributes": list(types[attributes_from]["attributes"]) if attributes_from in types else [],
        }
    for entry in types.values():
        if not entry["description"]:
            del entry["description"]  # cfn-lint strips most descriptions; absent keeps the file small
    return {
        "format": FORMAT,
        "source": "cfn-lint",
        "version": module_literal(cfn_lint / "version.py", "__version__"),
        "region": region,
        "samSource": sam["source"],
        "types": [types[name] for name in sorted(types)],
    }


def write(catalog: dict, out: Path) -> bytes:
    text = json.dumps(catalog, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(text)
    data = buffer.getvalue()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return data


def write_about(catalog: dict, out: Path) -> None:
    """A few bytes beside the catalog, so `patternboard --version` names it without unzipping 1,600 types."""
    about = {key: value for key, value in catalog.items() if key != "types"}
    about["typeCount"] = len(catalog["types"])
    text = json.dumps(about, sort_keys=True, indent=2) + "\n"
    out.with_name(out.name.replace(".json.gz", ".about.json")).write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    spec = importlib.util.find_spec("cfnlint")  # locates the package without importing it
    default_dir = Path(spec.submodule_search_locations[0]) if spec else None
    parser.add_argument("--cfn-lint", type=Path, default=default_dir, help="cfn-lint package directory")
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument("--sam", type=Path, default=HERE / "sam-resources.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if not args.cfn_lint:
        raise SystemExit("cfn-lint not found: pip install cfn-lint, or pass --cfn-lint DIR")
    catalog = build(args.cfn_lint, args.region, args.sam)
    data = write(catalog, args.out)
    write_about(catalog, args.out)
    print(f"{len(catalog['types'])} types, {len(data)} bytes gzipped -> {args.out}")


if __name__ == "__main__":
    main()
