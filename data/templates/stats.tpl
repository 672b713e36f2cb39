{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The statistics page (/tilastot): charts by year, sector, theme and region (with the map), each with its data table, the organisation standing over a chosen period, and the practices other organisations adopted most. Values: src/tori/web/stats_page.cpp. }}
<h1>[[stats.title]]</h1>
<p class="lead">[[stats.lead]]</p>
<p class="stats-total">{{TOTAL}}</p>
{{#CHART}}<section class="stats-section" aria-labelledby="{{ID}}-heading">
<h2 id="{{ID}}-heading">{{HEADING}}</h2>
{{#EMPTY}}<p>[[stats.empty]]</p>
{{/EMPTY}}{{#HAS_DATA}}{{#NOTE}}<p class="stats-note">[[stats.many_note]]</p>
{{/NOTE}}{{#MAP}}<div class="stats-map">
{{MAP_SVG:none}}
<div class="stats-map__legend">
<p id="{{ID}}-legend">[[stats.map.legend]]</p>
<ul aria-labelledby="{{ID}}-legend">
{{#LEGEND}}<li><span class="stats-map__swatch stats-map__swatch--{{STEP}}"></span> {{TEXT}}</li>
{{/LEGEND}}</ul>
<p class="stats-map__attribution">[[stats.map.attribution]]</p>
</div>
</div>
{{/MAP}}<div class="stats-chart">
{{SVG:none}}
<details class="stats-table">
<summary>[[stats.show_table]]</summary>
<table>
<caption>{{CAPTION}}</caption>
<thead><tr><th scope="col">{{COLUMN}}</th><th scope="col" class="stats-number">[[stats.count_column]]</th></tr></thead>
<tbody>
{{#ROW}}<tr><th scope="row"><a href="{{URL}}">{{LABEL}}</a></th><td class="stats-number">{{VALUE}}</td></tr>
{{/ROW}}</tbody>
</table>
</details>
</div>
{{/HAS_DATA}}</section>
{{/CHART}}<section class="stats-section" aria-labelledby="ranking-heading">
<h2 id="ranking-heading">[[stats.ranking.heading]]</h2>
<p class="stats-definition">[[stats.ranking.definition]]</p>
<form class="stats-period" action="{{ACTION}}#ranking-heading" method="get">
<fieldset>
<legend>[[stats.ranking.legend]]</legend>
<div class="stats-period__field">
<label for="period-from">[[stats.ranking.from]]</label>
{{#FROM_ERROR}}<p class="field-error" id="period-from-error"><span class="field-error__prefix">[[stats.error.title]]:</span> {{TEXT}}</p>
{{/FROM_ERROR}}<input type="date" id="period-from" name="from" value="{{FROM}}"{{#FROM_INVALID}} aria-invalid="true" aria-describedby="period-from-error"{{/FROM_INVALID}}>
</div>
<div class="stats-period__field">
<label for="period-until">[[stats.ranking.until]]</label>
{{#UNTIL_ERROR}}<p class="field-error" id="period-until-error"><span class="field-error__prefix">[[stats.error.title]]:</span> {{TEXT}}</p>
{{/UNTIL_ERROR}}<input type="date" id="period-until" name="until" value="{{UNTIL}}"{{#UNTIL_INVALID}} aria-invalid="true" aria-describedby="period-until-error"{{/UNTIL_INVALID}}>
</div>
</fieldset>
<button type="submit">[[stats.ranking.submit]]</button>
</form>
{{#STANDING}}<table class="stats-standing">
<caption>{{CAPTION}}</caption>
<thead><tr><th scope="col">[[stats.ranking.rank]]</th><th scope="col">[[stats.ranking.organisation]]</th><th scope="col" class="stats-number">[[stats.ranking.count]]</th></tr></thead>
<tbody>
{{#ROW}}<tr><td>{{RANK}}</td><th scope="row"><a href="{{URL}}">{{NAME}}</a></th><td class="stats-number">{{COUNT}}</td></tr>
{{/ROW}}</tbody>
</table>
{{#TOP_NOTE}}<p class="stats-note">{{TEXT}}</p>
{{/TOP_NOTE}}{{/STANDING}}{{#STANDING_EMPTY}}<p>{{TEXT}}</p>
{{/STANDING_EMPTY}}</section>
<section class="stats-section" aria-labelledby="adoptions-heading">
<h2 id="adoptions-heading">[[stats.adoptions.heading]]</h2>
<p class="stats-definition">[[stats.adoptions.definition]]</p>
<p>{{ADOPTIONS_TOTAL}}</p>
{{#ADOPTED}}<table class="stats-standing">
<caption>[[stats.adoptions.caption]]</caption>
<thead><tr><th scope="col">[[stats.adoptions.practice]]</th><th scope="col" class="stats-number">[[stats.adoptions.count]]</th></tr></thead>
<tbody>
{{#ADOPTED_ROW}}<tr><th scope="row"><a href="{{URL}}">{{TITLE}}</a></th><td class="stats-number">{{COUNT}}</td></tr>
{{/ADOPTED_ROW}}</tbody>
</table>
{{/ADOPTED}}</section>
