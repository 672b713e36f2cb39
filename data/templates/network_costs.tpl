{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A network's shared costs for its leaders (/verkostot/{slug}/kustannukset), printable for invoicing: the facts, the summary per organisation, the shared days' portions and the history of changes. Values: src/tori/web/networks/network_costs_pages.cpp and network_costs_view.cpp. }}
<p class="breadcrumb"><a href="{{NETWORK_URL}}" lang="fi">{{NAME}}</a></p>
<article class="network-costs">
<h1>[[network_costs.heading]]: <span lang="fi">{{NAME}}</span></h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p>[[network_costs.lead]]</p>
<ul class="network-costs__actions">
<li><a href="{{CSV_URL}}">[[network_costs.csv_link]]</a></li>
<li><a href="{{EDIT_URL}}">[[network_costs.edit_link]]</a></li>
</ul>
<dl class="network__facts">
<dt>[[networks.fact.period]]</dt><dd>{{PERIOD}}</dd>
<dt>[[network_costs.fact.day_fee]]</dt><dd>{{DAY_FEE}}</dd>
<dt>[[network_costs.fact.paid_days]]</dt><dd>{{PAID_DAYS}}{{#PAID}}: {{#PAID_DAY}}<time datetime="{{DATETIME}}">{{DATE}}</time>{{#PAID_DAY_separator}}, {{/PAID_DAY_separator}}{{/PAID_DAY}}{{/PAID}}</dd>
<dt>[[network_costs.fact.days]]</dt><dd>{{DAY_COUNT}}</dd>
<dt>[[network_costs.fact.shared_total]]</dt><dd>{{SHARED_TOTAL}}</dd>
</dl>
{{#UNSPLIT}}<p class="notice" role="alert">[[network_costs.unsplit]]</p>
{{/UNSPLIT}}<section aria-labelledby="costs-summary">
<h2 id="costs-summary">[[network_costs.summary.heading]]</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="costs-summary">
<table class="data-table network-costs__table">
<caption>[[network_costs.summary.caption]]</caption>
<thead><tr><th scope="col">[[network_costs.col.organisation]]</th><th scope="col" class="numeric">[[network_costs.col.share]]</th><th scope="col" class="numeric">[[network_costs.col.days]]</th><th scope="col" class="numeric">[[network_costs.col.total]]</th></tr></thead>
<tbody>
{{#TOTAL}}<tr><th scope="row" lang="fi">{{NAME}}</th><td class="numeric">{{SHARE}}</td><td class="numeric">{{DAYS}}</td><td class="numeric">{{AMOUNT}}</td></tr>
{{/TOTAL}}</tbody>
<tfoot><tr><th scope="row">[[network_costs.total]]</th><td></td><td class="numeric">{{SHARED_DAYS}}</td><td class="numeric">{{SHARED_TOTAL}}</td></tr></tfoot>
</table>
</div>
</section>
<section aria-labelledby="costs-days">
<h2 id="costs-days">[[network_costs.days.heading]]</h2>
{{#NO_SHARED}}<p>[[network_costs.days.none]]</p>
{{/NO_SHARED}}{{#SHARED}}<div class="table-scroll" tabindex="0" role="region" aria-labelledby="costs-days">
<table class="data-table network-costs__table">
<caption>[[network_costs.days.caption]]</caption>
<thead><tr><th scope="col">[[network_costs.col.date]]</th><th scope="col">[[network_costs.col.organisation]]</th><th scope="col" class="numeric">[[network_costs.col.share]]</th><th scope="col" class="numeric">[[network_costs.col.amount]]</th></tr></thead>
{{#DAY}}<tbody>
{{#ROW}}<tr>{{#FIRST}}<th scope="rowgroup" rowspan="{{ROWS}}"><time datetime="{{DATETIME}}">{{DATE}}</time><br><span class="network-costs__fee">[[network_costs.days.fee]] {{FEE}}</span></th>{{/FIRST}}<td lang="fi">{{ORGANISATION}}</td><td class="numeric">{{SHARE}}</td><td class="numeric">{{AMOUNT}}</td></tr>
{{/ROW}}</tbody>
{{/DAY}}</table>
</div>
{{/SHARED}}</section>
<section aria-labelledby="costs-history">
<h2 id="costs-history">[[network_costs.history.heading]]</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="costs-history">
<table class="data-table network-costs__table">
<caption>[[network_costs.history.caption]]</caption>
<thead><tr><th scope="col">[[network_costs.col.when]]</th><th scope="col">[[network_costs.col.by]]</th><th scope="col" class="numeric">[[network_costs.col.fee]]</th><th scope="col" class="numeric">[[network_costs.col.paid_days]]</th><th scope="col" class="numeric">[[network_costs.col.day_count]]</th><th scope="col">[[network_costs.col.changes]]</th></tr></thead>
<tbody>
{{#CHANGE}}<tr><th scope="row"><time datetime="{{DATETIME}}">{{WHEN}}</time></th><td>{{BY}}</td>{{#UNREADABLE}}<td colspan="4">[[network_costs.history.unreadable]]</td>{{/UNREADABLE}}{{#READABLE}}<td class="numeric">{{FEE}}</td><td class="numeric">{{PAID_DAYS}}</td><td class="numeric">{{DAY_COUNT}}</td><td>{{#FIRST}}[[network_costs.history.first]]{{/FIRST}}{{#SAME}}[[network_costs.history.same]]{{/SAME}}{{#LINES}}<ul class="network-costs__changes">
{{#LINE}}<li>{{TEXT}}</li>
{{/LINE}}</ul>{{/LINES}}</td>{{/READABLE}}</tr>
{{/CHANGE}}</tbody>
</table>
</div>
</section>
</article>
