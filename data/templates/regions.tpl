{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The regions (/alueet): each with its practices and municipalities counted. Values: src/tori/web/region_pages.cpp. }}
<h1>[[directory.regions.heading]]</h1>
<p class="lead">[[directory.regions.lead]]</p>
<table class="region-table">
<caption>[[directory.regions.caption]]</caption>
<thead>
<tr><th scope="col">[[directory.regions.column.region]]</th><th scope="col" class="numeric">[[directory.regions.column.practices]]</th><th scope="col" class="numeric">[[directory.regions.column.municipalities]]</th></tr>
</thead>
<tbody>
{{#REGION}}<tr><th scope="row"><a href="{{URL}}">{{NAME}}</a></th><td class="numeric">{{PRACTICES}}</td><td class="numeric">{{MUNICIPALITIES}}</td></tr>
{{/REGION}}</tbody>
</table>
