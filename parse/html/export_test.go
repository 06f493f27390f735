package html

// MaxColumns is maxColumns, for the tests of package html_test.
const MaxColumns = maxColumns
