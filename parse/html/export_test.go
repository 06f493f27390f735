package html

// MaxColumns is htmlMaxColumns, for the tests of package html_test.
const MaxColumns = htmlMaxColumns
