"""The HTML report: ``html`` builds the page from the aggregate tables, ``charts`` draws its
inline SVG charts, ``pages`` decides which drill-down pages to write again. No Dagster:
`jixiao report` and the html_report asset both call ``html.write_report``."""
