#!/usr/bin/env python3
"""Copies the corpus templates named in tools/corpus/sources.json, byte for byte, into the corpus directory.

Each file is read at its recorded commit, from a local git copy of its repository when one is given
(--git ROOT: ROOT/<owner>+<name>/repo, ROOT/<owner>/<name>/.git or ROOT/<owner>/<name>.git), else
downloaded from raw.githubusercontent.com. Existing files are checked against index.json's sha256.

    python3 tools/corpus/materialise.py [--git ROOT] [--corpus DIR]
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CORPUS = os.path.join(ROOT, "exporters", "src", "test", "resources", "patternboard", "corpus")


def git_dir(root, repository):
    owner, name = repository.split("/")
    for candidate in (os.path.join(root, owner + "+" + name, "repo"), os.path.join(root, owner, name, ".git"),
                      os.path.join(root, owner, name + ".git")):
        if os.path.isdir(candidate):
            return candidate
    return None


def read(source, root):
    gd = git_dir(root, source["repository"]) if root else None
    if gd:
        return subprocess.run(["git", "--git-dir", gd, "show", "%s:%s" % (source["commit"], source["path"])],
                              check=True, capture_output=True).stdout
    url = "https://raw.githubusercontent.com/%s/%s/%s" % (source["repository"], source["commit"], urllib.parse.quote(source["path"]))
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--git", help="root of local git copies of the source repositories")
    parser.add_argument("--corpus", default=os.environ.get("PATTERNBOARD_CORPUS_DIR", DEFAULT_CORPUS))
    args = parser.parse_args()
    with open(os.path.join(HERE, "sources.json")) as f:
        sources = json.load(f)
    index_path = os.path.join(DEFAULT_CORPUS, "index.json")
    expected = {}
    if os.path.exists(index_path):
        with open(index_path) as f:
            expected = {e["id"]: e["sha256"] for e in json.load(f)}
    os.makedirs(args.corpus, exist_ok=True)
    for source in sources:
        data = read(source, args.git)
        digest = hashlib.sha256(data).hexdigest()
        if source["id"] in expected and expected[source["id"]] != digest:
            sys.exit("%s: %s@%s is not the file the index was built from" % (source["id"], source["path"], source["commit"]))
        with open(os.path.join(args.corpus, source["file"]), "wb") as f:
            f.write(data)
    print("%d templates in %s" % (len(sources), args.corpus))


if __name__ == "__main__":
    main()
