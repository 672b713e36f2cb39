{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' announcement of a campaign's results (/toimitus/kampanjat/{slug}/tiedote): the news draft in Markdown to copy, its preview and the Atom entry. Values: src/tori/web/campaigns/results_draft_page.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/kampanjat">[[campaigns.editor.list_title]]</a> › <a href="{{CAMPAIGN_URL}}" lang="fi">{{CAMPAIGN}}</a></p>
<h1>{{HEADING}}</h1>
{{#NO_AWARDS}}<p class="notice" role="status">[[campaigns.draft.no_awards]]</p>
{{/NO_AWARDS}}{{#DRAFT}}{{#EMBARGO}}<p class="notice" role="status">{{TEXT}}</p>
{{/EMBARGO}}<p>[[campaigns.draft.lead_text]] <a href="{{ATOM_URL}}" type="application/atom+xml">[[campaigns.draft.atom_link]]</a></p>
<div class="field">
<label for="results-draft-markdown">[[campaigns.draft.markdown_label]]</label>
<textarea id="results-draft-markdown" rows="20" readonly lang="fi">{{MARKDOWN:pre_escape}}</textarea>
</div>
<section aria-labelledby="results-draft-preview" lang="fi">
<h2 id="results-draft-preview">[[campaigns.draft.preview_heading]]</h2>
<p class="news__title"><strong>{{TITLE}}</strong></p>
<p class="news__lead">{{LEAD}}</p>
<div class="prose">
{{PREVIEW:none}}
</div>
</section>
{{/DRAFT}}
