<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>${config.site_name}</title>
<link>${config.site_host}</link>
<lastBuildDate>${published_date?string("EEE, d MMM yyyy HH:mm:ss Z")}</lastBuildDate>
<#list published_posts as post>
<item>
<title><#escape x as x?xml>${post.title}</#escape></title>
<link>${config.site_host}/${post.uri}</link>
<pubDate>${post.date?string("EEE, d MMM yyyy")}</pubDate>
<description><#escape x as x?xml>${post.body}</#escape></description>
</item>
</#list>
</channel>
</rss>
