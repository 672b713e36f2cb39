{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The front page body: the programme in brief with live counts, the newest practices, themes and regions with counts, the site's sections, whether workshop applications are open, the current campaign with its countdown. Values: front_page in src/tori/web/pages.cpp. }}
<div class="hero">
<h1>[[front.heading]]</h1>
<p class="lead">[[front.lead]]</p>
<p>[[front.intro]]</p>
{{#HAS_COUNTS}}<p class="front-counts"><a href="[[@prefix]]/teot">{{COUNTS}}</a></p>
{{/HAS_COUNTS}}<form class="search-form" action="[[@prefix]]/haku" method="get" role="search">
<label for="front-search">[[front.search_label]]</label>
<div class="search-form__row">
<input id="front-search" type="search" name="q" maxlength="500">
<button type="submit">[[front.search_button]]</button>
</div>
</form>
</div>
{{#HAS_NEWEST}}<section class="front-section" aria-labelledby="front-newest">
<h2 id="front-newest">[[front.live.newest_heading]]</h2>
<ol class="front-newest">
{{#PRACTICE}}<li class="practice-card">
<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p class="practice-card__meta"><span>{{ORGANISATIONS}}</span>{{#HAS_DATE}} · <time datetime="{{DATETIME}}">{{DATE}}</time>{{/HAS_DATE}}</p>
</li>
{{/PRACTICE}}</ol>
<p><a href="[[@prefix]]/teot">[[front.live.all_practices]]</a></p>
</section>
{{/HAS_NEWEST}}{{#HAS_THEMES}}<section class="front-section" aria-labelledby="front-themes">
<h2 id="front-themes">[[front.live.themes_heading]]</h2>
<ul class="term-links">
{{#THEME}}<li><a href="{{URL}}">{{LABEL}} <span class="term-links__count">({{COUNT}})</span></a></li>
{{/THEME}}</ul>
</section>
{{/HAS_THEMES}}<section class="front-section" aria-labelledby="front-regions">
<h2 id="front-regions">[[front.live.regions_heading]]</h2>
{{#HAS_REGIONS}}<ul class="term-links">
{{#REGION}}<li><a href="{{URL}}">{{LABEL}} <span class="term-links__count">({{COUNT}})</span></a></li>
{{/REGION}}</ul>
{{/HAS_REGIONS}}<p><a href="[[@prefix]]/alueet">[[front.live.all_regions]]</a> · <a href="[[@prefix]]/organisaatiot">[[front.live.all_organisations]]</a></p>
</section>
{{! Slot: this year's campaign entries go here, a front-section with an h2 and a list of cards. }}
<section class="front-section" aria-labelledby="front-explore">
<h2 id="front-explore">[[front.explore.heading]]</h2>
<ul class="cards">
<li class="card">
<h3><a href="[[@prefix]]/teot">[[front.explore.practices.title]]</a></h3>
<p>[[front.explore.practices.text]]</p>
</li>
<li class="card">
<h3><a href="[[@prefix]]/tapahtumat">[[front.explore.events.title]]</a></h3>
<p>[[front.explore.events.text]]</p>
</li>
<li class="card">
<h3><a href="[[@prefix]]/verkostot">[[front.explore.networks.title]]</a></h3>
<p>[[front.explore.networks.text]]</p>
</li>
<li class="card">
<h3><a href="[[@prefix]]/uutiset">[[front.explore.news.title]]</a></h3>
<p>[[front.explore.news.text]]</p>
</li>
</ul>
</section>
{{#WORKSHOPS}}<section class="front-section" aria-labelledby="front-workshops">
<h2 id="front-workshops">[[applications.front.heading]]</h2>
<p>{{WORKSHOPS_TEXT}}</p>
<p><a href="[[@prefix]]/tyopajat">[[applications.front.link]]</a></p>
</section>
{{/WORKSHOPS}}
<section class="front-section" aria-labelledby="front-campaign">
<h2 id="front-campaign">[[front.campaign.heading]]</h2>
<p>[[front.campaign.text]]</p>
{{#CAMPAIGN}}<p class="campaign__countdown"><a href="{{URL}}" lang="fi">{{NAME}}</a>: <strong>{{PHASE}}.</strong> {{COUNTDOWN}}</p>
{{/CAMPAIGN}}<p><a href="[[@prefix]]/kampanjat">[[campaigns.list.title]]</a> · <a href="[[@prefix]]/palkitut">[[campaigns.awards.title]]</a></p>
</section>
<section class="front-section" aria-labelledby="front-share">
<h2 id="front-share">[[front.share.heading]]</h2>
<p>[[front.share.text]]</p>
<p><a href="[[@prefix]]/teot">[[front.share.link]]</a></p>
</section>
