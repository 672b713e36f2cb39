{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The front page body: the programme in brief, search, the site's sections, the campaign. }}
<div class="hero">
<h1>[[front.heading]]</h1>
<p class="lead">[[front.lead]]</p>
<p>[[front.intro]]</p>
<form class="search-form" action="[[@prefix]]/haku" method="get" role="search">
<label for="front-search">[[front.search_label]]</label>
<div class="search-form__row">
<input id="front-search" type="search" name="q" autocomplete="off">
<button type="submit">[[front.search_button]]</button>
</div>
</form>
</div>
{{! Slot: the practice lists (latest practices, this year's campaign entries) go here, each a front-section with an h2 and a list of cards. }}
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
{{! Slot: the current campaign's phase and deadline (from the store) go into this section. }}
<section class="front-section" aria-labelledby="front-campaign">
<h2 id="front-campaign">[[front.campaign.heading]]</h2>
<p>[[front.campaign.text]]</p>
</section>
<section class="front-section" aria-labelledby="front-share">
<h2 id="front-share">[[front.share.heading]]</h2>
<p>[[front.share.text]]</p>
<p><a href="[[@prefix]]/teot">[[front.share.link]]</a></p>
</section>
