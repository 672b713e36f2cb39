{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The podcast and webinar episodes (/podcast): the kind links, the count, the episode cards and the podcast feed. Values: src/tori/web/podcast/podcast_list_page.cpp. }}
<h1>{{HEADING}}</h1>
<p class="lead">[[podcast.list.lead]]</p>
<nav class="podcast-kinds" aria-label="[[podcast.filter.label]]">
<ul>
{{#KIND_LINK}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
{{/KIND_LINK}}</ul>
</nav>
<section class="podcast-episodes" aria-labelledby="podcast-episodes-heading">
<h2 id="podcast-episodes-heading">[[podcast.list.heading]]</h2>
<p class="podcast-episodes__count" role="status">{{COUNT}}</p>
{{#NO_EPISODES}}<p>[[podcast.list.none]]</p>
{{/NO_EPISODES}}{{#HAS_EPISODES}}<ol class="podcast-episodes__list">
{{#EPISODE}}<li class="episode-card">
<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p class="episode-card__meta">{{KIND}} · <time datetime="{{DATETIME}}">{{DATE}}</time> · [[podcast.episode.duration]] <time datetime="{{DURATION_ISO}}">{{DURATION}}</time></p>
<p lang="{{LANG}}">{{SUMMARY}}</p>
</li>
{{/EPISODE}}</ol>
{{/HAS_EPISODES}}</section>
<p class="podcast-feed"><a href="{{FEED_URL}}" type="application/rss+xml">[[podcast.feed.link]]</a></p>
