{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The podcast pages' extra head tags (base.tpl's HEAD_EXTRA): the podcast feed. Values: src/tori/web/podcast/podcast_list_page.cpp and podcast_episode_page.cpp. }}
<link rel="alternate" type="application/rss+xml" title="{{FEED_TITLE}}" href="{{FEED_URL}}">
