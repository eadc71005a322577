#!/usr/bin/env bash
# Runs the JShell notebook examples/jshell/northeast-syria.jsh (or the .jsh files given as
# arguments, relative to the repository root) against the compiled library.
#
# From any directory:  bash examples/jshell/run.sh
#
# Compiles core (and what the examples module needs) with the Maven wrapper, with no install into
# ~/.m2, writes the examples module's runtime class path to examples/target/jshell.classpath, and
# runs JShell on the notebook. Exits with JShell's status, or 1 when JShell reported an error (a
# snippet that does not compile or throws), since JShell itself exits 0 after such errors.
# Extra Maven options (for instance -o) can be passed in MAVEN_ARGS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if [ "$#" -eq 0 ]; then
  set -- examples/jshell/northeast-syria.jsh
fi

# In the reactor, custody-core resolves to core/target/classes, so nothing needs to be installed.
# Each module writes its own target/jshell.classpath; the examples module's is the one used.
# shellcheck disable=SC2086
./mvnw -B -q ${MAVEN_ARGS:-} -pl examples -am compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
  -DincludeScope=runtime \
  -Dmdep.outputFile=target/jshell.classpath

cp="$root/examples/target/classes:$(cat examples/target/jshell.classpath)"

errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT

# the JDK's jshell: that of JAVA_HOME when it is set, as the Maven wrapper uses it
jshell="${JAVA_HOME:+$JAVA_HOME/bin/}jshell"

status=0
# the notebook leaves the session open for /open in an interactive JShell; here it ends
"$jshell" --class-path "$cp" --feedback silent "$@" <(printf '/exit\n') </dev/null 2>"$errors" || status=$?
if [ -s "$errors" ]; then
  cat "$errors" >&2
  if [ "$status" -eq 0 ]; then
    status=1
  fi
fi
exit "$status"
