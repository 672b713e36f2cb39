{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The organisations A–Ö (/organisaatiot): the type and region filter, the letter index and the organisations grouped by letter. Values: src/tori/web/organisation_pages.cpp. }}
<h1>[[directory.organisations.heading]]</h1>
<p class="lead">[[directory.organisations.lead]]</p>
<form class="directory-filter" action="{{ACTION}}" method="get">
<div class="directory-filter__field">
<label for="organisation-type">[[directory.filter.type]]</label>
<select id="organisation-type" name="type">
<option value="">[[directory.filter.all_types]]</option>
{{#TYPE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/TYPE_OPTION}}</select>
</div>
<div class="directory-filter__field">
<label for="organisation-region">[[directory.filter.region]]</label>
<select id="organisation-region" name="region">
<option value="">[[directory.filter.all_regions]]</option>
{{#REGION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/REGION_OPTION}}</select>
</div>
<button type="submit">[[directory.filter.submit]]</button>
{{#FILTERED}}<p><a href="[[@prefix]]/organisaatiot">[[directory.filter.clear]]</a></p>
{{/FILTERED}}</form>
<p class="directory-count" role="status">{{COUNT}}</p>
{{#EMPTY_FILTERED}}<p>[[directory.organisations.empty_filtered]]</p>
{{/EMPTY_FILTERED}}{{#EMPTY_ALL}}<p>[[directory.organisations.empty_all]]</p>
{{/EMPTY_ALL}}{{#HAS_ORGANISATIONS}}<nav class="letter-index" aria-label="[[directory.organisations.index_label]]">
<ul>
{{#INDEX_LETTER}}<li><a href="#{{ID}}">{{LETTER}}</a></li>
{{/INDEX_LETTER}}</ul>
</nav>
{{#LETTER}}<section class="letter-group" aria-labelledby="{{ID}}">
<h2 id="{{ID}}">{{LETTER}}</h2>
<ul class="organisation-list">
{{#ORGANISATION}}<li class="organisation-list__item">
<a href="{{URL}}">{{NAME}}</a>
<span class="organisation-list__meta">{{TYPE}}{{#HAS_PLACE}} · {{PLACE}}{{/HAS_PLACE}} · {{COUNT}}</span>
</li>
{{/ORGANISATION}}</ul>
</section>
{{/LETTER}}{{/HAS_ORGANISATIONS}}
