#!/bin/sh
# mk FILE TITLE DATE PLACE HOST BODY — one meeting's minutes as text (the generator's source)
mk() {
  mkdir -p "$(dirname "$1")"
  cat > "$1" <<M
# $2
时间：$3
地点：$4
主持：$5
$6
M
}
