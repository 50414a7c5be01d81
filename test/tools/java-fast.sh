#!/bin/sh
# The `java` the e-invoice validator starts (through its JAVA variable, set by test/global-setup.ts).
# Each validation starts 4 to 6 short JVMs (Saxon compiles a stylesheet, applies it once, exits),
# where most CPU goes to the JIT and to loading Saxon's classes: the client compiler alone
# (TieredStopAtLevel=1), the serial collector, and a class-data archive of Saxon shared by all the
# runs of a test run (written by the first JVM that finds none, CLAUSIER_JAVA_CDS names it) cut
# the CPU of a validation by about half. The validator, its rules and its output are unchanged.
set -eu
archive="${CLAUSIER_JAVA_CDS:-}"
if [ -z "$archive" ]; then
  exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$@"
elif [ -s "$archive" ]; then
  exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off "$@"
elif mkdir "$archive.lock" 2>/dev/null; then
  # This JVM writes the archive beside it, then renames it: the others never read half of one.
  tmp="$archive.$$"
  status=0
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off -Xlog:cds+dynamic=off "$@" || status=$?
  if [ "$status" = 0 ] && [ -s "$tmp" ]; then mv -f "$tmp" "$archive"; exit 0; fi
  rm -f "$tmp"
  # A JVM that cannot write archives, or a run that failed: the same command without archiving.
  exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$@"
else
  exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$@"
fi
