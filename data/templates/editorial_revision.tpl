{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One revision of a practice for the editors (/toimitus/{slug}/versiot/{revision}): who saved it, when, its state, and each field changed since the revision before as a word diff (DIFF is HTML built from escaped text with <ins> and <del> only). Values: src/tori/web/submission/revision_pages.cpp. }}
<h1>{{HEADING}}</h1>
<p><a href="{{REVIEW_URL}}">[[revision.back]]</a></p>
<dl class="revision-facts">
<dt>[[revision.saved_by]]</dt><dd>{{ACTOR}}</dd>
<dt>[[revision.saved_at]]</dt><dd>{{AT}}</dd>
<dt>[[revision.state]]</dt><dd>{{STATE}}{{#STATE_CHANGED}} ([[revision.state_before]] {{PREVIOUS_STATE}}){{/STATE_CHANGED}}</dd>
</dl>
{{#NEIGHBOURS}}<nav class="revision-nav" aria-label="[[revision.nav]]">
<ul>
{{#PREVIOUS}}<li><a href="{{URL}}" rel="prev">{{LABEL}}</a></li>
{{/PREVIOUS}}{{#NEXT}}<li><a href="{{URL}}" rel="next">{{LABEL}}</a></li>
{{/NEXT}}</ul>
</nav>
{{/NEIGHBOURS}}<section aria-labelledby="revision-changes">
<h2 id="revision-changes">{{CHANGES_HEADING}}</h2>
<p class="revision-legend">[[revision.legend]] <ins>[[revision.legend.added]]</ins>, <del>[[revision.legend.removed]]</del></p>
{{#NO_CHANGES}}<p>[[revision.no_changes]]</p>
{{/NO_CHANGES}}{{#CHANGE}}<section class="revision-field" aria-labelledby="revision-field-{{ID}}">
<h3 id="revision-field-{{ID}}">{{LABEL}}</h3>
<div class="revision-diff">{{DIFF:none}}</div>
</section>
{{/CHANGE}}{{#UNCHANGED}}<p class="revision-unchanged">[[revision.unchanged]] {{FIELDS}}</p>
{{/UNCHANGED}}{{#EMPTY}}<p class="revision-unchanged">[[revision.empty]] {{FIELDS}}</p>
{{/EMPTY}}</section>
