-- SPDX-License-Identifier: AGPL-3.0-or-later
-- News articles (core/news.hpp, docs/formats/news-jsonl.md): the article with its publication
-- time (UTC text; visible from then on) and the Helsinki year of it (for the year filter); its
-- keywords with their slugs, its pictures (files under uploads/, or only described), and the
-- events and practices it is about. Lists keep the order they came in.
CREATE TABLE news_articles (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  lead TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_year INTEGER NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  credit_line TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX news_articles_published ON news_articles (published_at);

CREATE TABLE news_keywords (
  article_id INTEGER NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (article_id, position)
);
CREATE INDEX news_keywords_slug ON news_keywords (slug);

CREATE TABLE news_images (
  article_id INTEGER NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  file TEXT NOT NULL DEFAULT '',
  thumbnail TEXT NOT NULL DEFAULT '',
  width INTEGER NOT NULL DEFAULT 0,
  height INTEGER NOT NULL DEFAULT 0,
  alt TEXT NOT NULL,
  caption TEXT NOT NULL DEFAULT '',
  credit TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (article_id, position)
);
CREATE INDEX news_images_file ON news_images (file);

CREATE TABLE news_related_events (
  article_id INTEGER NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, position)
);

CREATE TABLE news_related_practices (
  article_id INTEGER NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  practice_id INTEGER NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, position)
);
