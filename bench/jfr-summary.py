#!/usr/bin/env python3
"""Summarises a JFR recording of a cold `commis check` (see bench/profile-cold.sh).

Prints: the JIT's total compile time (jdk.CompilerStatistics) against the process's CPU, then the
Java execution samples split by owner (each sample goes to the frame nearest its leaf that is not
in the JDK: flexmark, SnakeYAML, a Commis class, other libraries, or pure JDK), the inclusive share
of the methods the parser pass cares about, and the top leaf frames.

usage: bench/jfr-summary.py RECORDING.jfr [TOP]
"""
import collections
import json
import os
import subprocess
import sys

PERIOD_SECONDS = 10  # jdk.ThreadCPULoad's period in the 'profile' settings

INCLUSIVE = [  # (label, substring of "class.method") counted once per sample if on the stack
    ("flexmark Parser.parse", "com.vladsch.flexmark.parser.Parser.parse"),
    ("flexmark DocumentParser.<init> (per document)", "flexmark.parser.internal.DocumentParser.<init>"),
    ("flexmark HeadingParsing.<init> (regexes per document)", "HeadingParser$HeadingParsing.<init>"),
    ("flexmark ThematicBreakParser tryStart", "ThematicBreakParser$BlockFactory.tryStart"),
    ("flexmark ListBlockParser.parseListMarker", "ListBlockParser.parseListMarker"),
    ("flexmark Escaping.unescapeString", "Escaping.unescapeString"),
    ("flexmark inline parsing (InlineParserImpl)", "InlineParserImpl."),
    ("flexmark Parser.builder/build", "com.vladsch.flexmark.parser.Parser$Builder"),
    ("java.util.regex.Pattern.compile", "java.util.regex.Pattern.compile"),
    ("SnakeYAML (any frame)", "org.yaml.snakeyaml."),
    ("SnakeYAML new Yaml/LoadSettings", "org.yaml.snakeyaml.Yaml.<init>"),
    ("Commis RecipeParser", "dev.commis.vault.RecipeParser."),
    ("Commis BodyReader", "dev.commis.vault.BodyReader."),
    ("Commis FrontMatter", "dev.commis.vault.FrontMatter."),
    ("Commis FactsReader", "dev.commis.vault.FactsReader."),
    ("Commis RecipeText (decode)", "dev.commis.vault.RecipeText."),
    ("Commis Mojibake", "dev.commis.vault.Mojibake."),
    ("Commis PlainText", "dev.commis.vault.PlainText."),
    ("Commis Folding", "dev.commis.text.Folding."),
    ("Commis kitchen (quantities)", "dev.commis.kitchen."),
    ("file reading (Files.read*)", "java.nio.file.Files.read"),
    ("class loading (ClassLoader.loadClass)", "java.lang.ClassLoader.loadClass"),
]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def owner(frames):
    for name in frames:
        if name.startswith("com.vladsch.flexmark."):
            return "flexmark"
        if name.startswith("org.yaml.snakeyaml."):
            return "SnakeYAML"
        if name.startswith("dev.commis."):
            return "Commis " + name.rsplit(".", 2)[0].replace("dev.commis.", "")
        if not name.startswith(("java.", "jdk.", "sun.", "javax.")):
            return "other library " + ".".join(name.split(".")[:3])
    return "JDK only (start-up, class loading, threads)"


def events(recording, kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "128", "--events", kind, recording],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def main():
    recording = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    stats = events(recording, "jdk.CompilerStatistics")
    if stats:
        last = stats[-1]["values"]
        print(f"JIT: {last['compileCount']} compilations, {last['totalTimeSpent']} in the compiler threads "
              f"(wall time summed over threads; CPU of the JIT when cores are busy)")
    loads = events(recording, "jdk.CPULoad")
    if loads:
        user = sum(e["values"]["jvmUser"] for e in loads) / len(loads)
        print(f"JVM CPU load, mean over {len(loads)} one-second periods: user {user:.0%} of the machine")
    cpu = collections.Counter()
    for e in events(recording, "jdk.ThreadCPULoad"):  # a share of the whole machine over each period
        v = e["values"]
        name = v["eventThread"]["javaName"] if v.get("eventThread") else "?"
        group = ("JIT " + name.split()[0]) if "CompilerThread" in name else (
            "parsing threads (main, ForkJoinPool)" if name == "main" or name.startswith("ForkJoinPool") else "other")
        cpu[group] += (v["user"] + v["system"]) * PERIOD_SECONDS * os.cpu_count()
    if cpu:
        print(f"CPU by thread (jdk.ThreadCPULoad, every {PERIOD_SECONDS} s; the last partial period is missing; "
              f"GC threads are not Java threads and not counted):")
        for group, seconds in cpu.most_common():
            print(f"  {seconds:6.1f} s  {group}")
    samples = events(recording, "jdk.ExecutionSample")
    stacks = [[frame_name(f) for f in s["values"]["stackTrace"]["frames"]] for s in samples]
    threads = collections.Counter(s["values"]["sampledThread"]["javaName"].rstrip("0123456789") for s in samples)
    n = len(stacks)
    print(f"\nJava execution samples: {n} (threads: {', '.join(f'{t} {c}' for t, c in threads.most_common(6))})")
    print("\nBy owner (the frame nearest the leaf outside the JDK):")
    for name, count in collections.Counter(owner(s) for s in stacks).most_common(20):
        print(f"  {count / n:6.1%}  {name}")
    print("\nInclusive (sample has the method anywhere on its stack):")
    for label, needle in INCLUSIVE:
        count = sum(1 for s in stacks if any(needle in f for f in s))
        print(f"  {count / n:6.1%}  {label}")
    print(f"\nTop {top} leaf frames (self time):")
    for name, count in collections.Counter(s[0] for s in stacks if s).most_common(top):
        print(f"  {count / n:6.1%}  {name}")
    print(f"\nTop {top} non-JDK frames nearest the leaf:")
    def nearest(s):
        return next((f for f in s if not f.startswith(("java.", "jdk.", "sun."))), s[0] if s else "?")
    for name, count in collections.Counter(nearest(s) for s in stacks if s).most_common(top):
        print(f"  {count / n:6.1%}  {name}")


if __name__ == "__main__":
    main()
