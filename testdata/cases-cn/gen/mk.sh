# mk FILE TITLE DATE PLACE HOST ATTEND BODY... writes a minutes source under minutes/
# (a helper used once to write the sources; kept to show how they were made).
mk() {
 f=$1; t=$2; d=$3; p=$4; h=$5; a=$6; shift 6
 mkdir -p minutes
 { echo "# $t"; echo "<时间：$d"; echo "<地点：$p"; echo "<主持人：$h"; echo "<参会人员：$a"; echo "<记录人：${REC:-办公室 工作人员}"; for x in "$@"; do echo "$x"; done; } > "minutes/$f"
}
