namespace FunctionalScoring.Shell.Report;

/// <summary>
/// The report's stylesheet, inlined so the file needs nothing from the network. System fonts only,
/// tabular figures for every number, and colours that keep WCAG AA contrast for text.
/// </summary>
public static class ReportStyle
{
    public const string Css = """
        :root { --ink: #1B1F24; --muted: #5B6673; --line: #E3E8EE; --panel: #FFFFFF; --page: #F4F6F9; --accent: #0072B2; --head: #14263A; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--page); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
        header.top { background: var(--head); color: #FFFFFF; padding: 28px 0 22px; }
        .wrap { max-width: 1320px; margin: 0 auto; padding: 0 28px; }
        h1 { font-size: 26px; font-weight: 650; margin: 0 0 4px; letter-spacing: -0.01em; }
        .subtitle { color: #C9D6E3; margin: 0 0 18px; }
        dl.meta { display: flex; flex-wrap: wrap; gap: 10px 34px; margin: 0; }
        dl.meta div { min-width: 0; }
        dl.meta dt { font-size: 11px; text-transform: uppercase; letter-spacing: 0.08em; color: #9FB3C8; }
        dl.meta dd { margin: 2px 0 0; font-weight: 600; font-variant-numeric: tabular-nums; }
        dl.meta code { font: 600 13px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        nav.sections { background: #FFFFFF; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
        nav.sections a { display: inline-block; padding: 10px 14px 9px 0; margin-right: 10px; color: var(--muted); text-decoration: none; font-size: 14px; font-weight: 550; }
        nav.sections a:hover, nav.sections a:focus { color: var(--accent); }
        main { padding: 22px 0 40px; }
        section.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 22px 24px 24px; margin: 0 0 22px; box-shadow: 0 1px 2px rgba(20, 38, 58, 0.04); }
        section.panel { scroll-margin-top: 52px; }
        section.panel > h2 { font-size: 19px; font-weight: 650; margin: 0 0 4px; }
        .lead { color: var(--muted); margin: 0 0 16px; max-width: 80ch; }
        h3 { font-size: 15px; font-weight: 650; margin: 0 0 6px; }
        .warnings { background: #FFF4E0; border: 1px solid #F0C987; color: #6B4300; border-radius: 8px; padding: 10px 14px; margin: 0 0 22px; }
        .warnings ul { margin: 0; padding-left: 18px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 14px; margin: 0 0 18px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; background: #FAFBFC; }
        .card-label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
        .card-value { font-size: 30px; font-weight: 680; font-variant-numeric: tabular-nums; line-height: 1.2; }
        .card-note { font-size: 13px; color: var(--muted); }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 18px 28px; }
        figure { margin: 0; }
        section.panel > figure { margin: 0 0 18px; }
        figcaption { font-weight: 650; margin: 0 0 4px; }
        svg.chart { display: block; width: 100%; height: auto; font-family: inherit; color: #8A96A3; }
        svg.chart .grid { stroke: var(--line); stroke-width: 1; }
        svg.chart .axis { stroke: #8A96A3; stroke-width: 1; }
        svg.chart text { fill: var(--muted); font-size: 11px; }
        svg.chart text.axis-label { font-size: 12px; fill: var(--ink); }
        svg.chart text.row-label { font-size: 12.5px; fill: var(--ink); }
        svg.chart text.row-total { font-size: 12px; font-weight: 650; fill: var(--ink); paint-order: stroke; stroke: #FFFFFF; stroke-width: 3px; }
        svg.chart text.segment-label { font-size: 11px; font-weight: 600; }
        svg.chart text.bar-value { font-size: 11px; fill: var(--ink); }
        svg.chart .threshold-line { stroke-width: 2; stroke-dasharray: 6 4; }
        svg.chart text.threshold-label { font-size: 11px; font-weight: 700; fill: #B34700; }
        svg.chart .segment { stroke: #FFFFFF; stroke-width: 1; }
        svg.chart rect:hover { opacity: 0.82; }
        svg.chart .series { stroke-width: 2.5; stroke-linejoin: round; }
        svg.chart .series.dashed { stroke-dasharray: 7 4; }
        svg.chart circle.point:hover { r: 5; }
        svg.spark { display: block; overflow: visible; }
        svg.spark .spark-line { stroke-width: 1; stroke-dasharray: 3 3; opacity: 0.6; }
        svg.spark .spark-series { stroke-width: 1.6; stroke-linejoin: round; }
        td.spark-cell { padding-top: 4px; padding-bottom: 2px; }
        ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 8px 0 0; font-size: 13px; color: var(--muted); }
        .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
        table.data { border-collapse: collapse; width: 100%; font-size: 13.5px; }
        table.data caption { text-align: left; color: var(--muted); font-size: 13px; padding: 0 0 8px; caption-side: top; }
        table.data th, table.data td { padding: 7px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        table.data thead th { background: #F5F7FA; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 650; vertical-align: bottom; }
        .table-scroll thead th { position: sticky; top: 0; z-index: 1; }
        table.data tbody tr:hover { background: #F7FAFD; }
        .num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
        thead th.num { white-space: normal; }
        thead th.metric-head { white-space: nowrap; }
        .muted { color: var(--muted); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .strong { font-weight: 650; }
        td.pass { color: #0B5A8C; font-weight: 650; }
        td.below { color: #B3421A; font-weight: 650; }
        .warn-text { color: #B3421A; font-weight: 650; }
        .pid { font: 600 13px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        .pname { display: block; color: var(--muted); font-size: 12.5px; white-space: nowrap; max-width: 220px; overflow: hidden; text-overflow: ellipsis; }
        table.data thead th.group { text-align: center !important; border-bottom: 2px solid #C9D3DD; }
        .tag { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600; margin: 0 4px 2px 0; white-space: nowrap; }
        .tag.ok { background: #E1F1EA; color: #0B5B40; }
        .tag.no { background: #EEF1F4; color: #4A5561; }
        .tag.warn { background: #FCEBDD; color: #8C3A0B; }
        td.plan { color: var(--ink); }
        td.plan-cell, th.plan-head { min-width: 170px; }
        ul.plan-steps { list-style: none; margin: 0; padding: 0; }
        ul.plan-steps li { white-space: nowrap; }
        .plan-outcome { display: block; color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
        .meter { display: inline-block; width: 64px; height: 7px; background: #E9EDF2; border-radius: 4px; margin-right: 8px; vertical-align: 1px; overflow: hidden; }
        .meter > span { display: block; height: 100%; background: var(--accent); }
        .table-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; margin: 0 0 10px; }
        .table-tools label { font-weight: 650; }
        #partner-search { font: inherit; padding: 7px 12px; border: 1px solid #C5CED8; border-radius: 6px; min-width: 300px; }
        #partner-search:focus { outline: 3px solid rgba(0, 114, 178, 0.3); border-color: var(--accent); }
        .count { margin: 0; color: var(--muted); font-variant-numeric: tabular-nums; }
        .table-wide { overflow-x: auto; }
        .table-scroll { max-height: 720px; overflow: auto; border: 1px solid var(--line); border-radius: 8px; }
        .table-scroll table.data caption { padding: 10px 10px 8px; }
        th button { all: unset; cursor: pointer; }
        th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        th[aria-sort="ascending"] .sort-mark::after { content: " ▲"; }
        th[aria-sort="descending"] .sort-mark::after { content: " ▼"; }
        ul.reasons { margin: 0; padding-left: 16px; font-size: 13px; color: var(--muted); }
        code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
        footer { color: var(--muted); font-size: 13px; padding: 0 0 36px; }
        @media print { nav.sections { display: none; } .table-scroll { max-height: none; overflow: visible; } section.panel { break-inside: avoid; } }
        """;
}
