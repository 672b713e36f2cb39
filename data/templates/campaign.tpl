{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One campaign (/kampanjat/{slug}): phase and deadline countdown, description and rules, categories (with the awards from the gala on), criteria, jury, the standing's leaders and the entries. Values: src/tori/web/campaigns/campaign_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/kampanjat">[[campaigns.list.title]]</a></p>
<article class="campaign">
<h1 lang="fi">{{NAME}}</h1>
<p class="campaign__countdown"><strong>{{PHASE}}.</strong> {{COUNTDOWN}}</p>
<dl class="campaign__facts">
<dt>[[campaigns.fact.collecting]]</dt><dd><time datetime="{{FROM_DATETIME}}">{{FROM}}</time>–<time datetime="{{UNTIL_DATETIME}}">{{UNTIL}}</time></dd>
<dt>[[campaigns.fact.gala]]</dt><dd><time datetime="{{GALA_DATETIME}}">{{GALA}}</time></dd>
<dt>[[campaigns.fact.entries]]</dt><dd>{{ENTRY_COUNT}}</dd>
</dl>
<div class="campaign__description prose" lang="fi">
{{DESCRIPTION:none}}
</div>
{{#RULES}}<section aria-labelledby="campaign-rules">
<h2 id="campaign-rules">[[campaigns.rules.heading]]</h2>
<div class="prose" lang="fi">
{{HTML:none}}
</div>
</section>
{{/RULES}}<section aria-labelledby="campaign-categories">
<h2 id="campaign-categories">[[campaigns.categories.heading]]</h2>
{{#AWARDS_LATER}}<p>{{TEXT}}</p>
{{/AWARDS_LATER}}{{#RESULTS}}<p><a href="[[@prefix]]/palkitut#{{SLUG}}">[[campaigns.results.all_link]]</a></p>
{{/RESULTS}}<ul class="campaign__categories">
{{#CATEGORY}}<li id="sarja-{{SLUG}}">
<h3 lang="fi">{{NAME}}</h3>
<p lang="fi">{{DESCRIPTION}}</p>
<p class="campaign__eligibility">{{ELIGIBILITY}}</p>
<p><a href="{{ENTRIES_URL}}">{{ENTRIES}}<span class="visually-hidden">: {{NAME}}</span></a></p>
{{#AWARD_LIST}}<ul class="award-list">
{{#AWARD}}<li class="award award--{{LEVEL_CLASS}}">
<p><span class="award__level">{{LEVEL}}</span>: <a href="{{URL}}" lang="{{LANG}}">{{TITLE}}</a>, {{ORGANISATIONS}} · <a href="{{CERTIFICATE_URL}}" type="application/pdf">[[campaigns.certificate.link]]</a></p>
{{#JUSTIFICATION}}<p class="award__justification" lang="fi">{{TEXT}}</p>
{{/JUSTIFICATION}}</li>
{{/AWARD}}</ul>
{{/AWARD_LIST}}</li>
{{/CATEGORY}}</ul>
</section>
{{#PUBLIC_VOTE}}<section aria-labelledby="campaign-vote">
<h2 id="campaign-vote">[[public_vote.heading]]</h2>
<p>{{NOTE}}</p>
{{#VOTES}}<ul class="campaign__votes">
{{#VOTE}}<li><a href="{{URL}}">[[public_vote.link]] <span lang="fi">{{NAME}}</span></a></li>
{{/VOTE}}</ul>
{{/VOTES}}{{#STANDING}}<h3 lang="fi">{{NAME}}</h3>
{{#NO_VOTES}}<p>[[public_vote.no_votes]]</p>
{{/NO_VOTES}}{{#ROWS}}<ol class="campaign__vote-standing">
{{#ROW}}<li value="{{RANK}}"><a href="{{URL}}" lang="{{LANG}}">{{TITLE}}</a>: {{VOTES}}</li>
{{/ROW}}</ol>
{{/ROWS}}{{/STANDING}}</section>
{{/PUBLIC_VOTE}}<section aria-labelledby="campaign-criteria">
<h2 id="campaign-criteria">[[campaigns.criteria.heading]]</h2>
<p>{{SCALE}}</p>
<table class="campaign__criteria">
<caption>[[campaigns.criteria.caption]]</caption>
<thead><tr><th scope="col">[[campaigns.criteria.name]]</th><th scope="col" class="stats-number">[[campaigns.criteria.weight]]</th></tr></thead>
<tbody>
{{#CRITERION}}<tr><th scope="row" lang="fi">{{NAME}}</th><td class="stats-number">{{WEIGHT}}</td></tr>
{{/CRITERION}}</tbody>
</table>
</section>
{{#JURY}}<section aria-labelledby="campaign-jury">
<h2 id="campaign-jury">[[campaigns.jury.heading]]</h2>
<ul class="campaign__jury">
{{#JUROR}}<li><span class="campaign__juror">{{NAME}}</span>{{#HAS_ROLE}}, <span lang="fi">{{ROLE}}</span>{{/HAS_ROLE}}</li>
{{/JUROR}}</ul>
</section>
{{/JURY}}<section aria-labelledby="campaign-standing">
<h2 id="campaign-standing">[[campaigns.standing.heading]]</h2>
<p>[[campaigns.standing.definition]]</p>
<p><a href="{{STANDING_URL}}">[[campaigns.standing.link]]</a></p>
</section>
<section class="directory-practices" aria-labelledby="campaign-entries">
<h2 id="campaign-entries">[[campaigns.entries.heading]]</h2>
<p>{{ENTRIES_NOTE}}</p>
{{#CHOSEN_CATEGORY}}<p>[[campaigns.entries.chosen]] <strong lang="fi">{{NAME}}</strong> · <a href="{{ALL_URL}}">[[campaigns.entries.all]]</a></p>
{{/CHOSEN_CATEGORY}}
{{#CARDS_START}}<ol class="practice-results__list">
{{/CARDS_START}}{{#PRACTICE}}<li class="practice-card">
<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p lang="{{LANG}}">{{SUMMARY}}</p>
<p class="practice-card__meta"><span>{{ORGANISATIONS}}</span>{{#HAS_PLACE}} · <span>{{PLACE}}</span>{{/HAS_PLACE}}{{#HAS_DATE}} · <time datetime="{{DATETIME}}">{{DATE}}</time>{{/HAS_DATE}}</p>
</li>
{{/PRACTICE}}{{#CARDS_END}}</ol>
{{/CARDS_END}}{{#PAGINATION}}<nav class="pagination" aria-label="[[directory.pagination.label]]">
<ul>
{{#HAS_PREV}}<li><a rel="prev" href="{{PREV_URL}}">[[directory.pagination.prev]]</a></li>
{{/HAS_PREV}}<li aria-current="page">{{PAGE_OF}}</li>
{{#HAS_NEXT}}<li><a rel="next" href="{{NEXT_URL}}">[[directory.pagination.next]]</a></li>
{{/HAS_NEXT}}</ul>
</nav>
{{/PAGINATION}}</section>
</article>
