{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A news article's extra head tags (base.tpl's HEAD_EXTRA): Open Graph and the Twitter card with the article's own picture, and the news feed. Values: src/tori/web/news/news_article_page.cpp. }}
<meta property="og:type" content="article">
<meta property="og:site_name" content="[[site.name]]">
<meta property="og:title" content="{{TITLE}}">
<meta property="og:description" content="{{DESCRIPTION}}">
<meta property="og:url" content="{{URL}}">
<meta property="og:locale" content="{{LOCALE}}">
<meta property="article:published_time" content="{{PUBLISHED}}">
{{#HAS_IMAGE}}<meta property="og:image" content="{{IMAGE_URL}}">
<meta property="og:image:width" content="{{IMAGE_WIDTH}}">
<meta property="og:image:height" content="{{IMAGE_HEIGHT}}">
<meta property="og:image:alt" content="{{IMAGE_ALT}}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="{{IMAGE_URL}}">
<meta name="twitter:image:alt" content="{{IMAGE_ALT}}">
{{/HAS_IMAGE}}{{#NO_IMAGE}}<meta name="twitter:card" content="summary">
{{/NO_IMAGE}}<meta name="twitter:title" content="{{TITLE}}">
<meta name="twitter:description" content="{{DESCRIPTION}}">
<link rel="alternate" type="application/atom+xml" title="{{FEED_TITLE}}" href="{{FEED_URL}}">
