<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><#list published_content as c><url><loc>${config.site_host}/${c.uri}</loc></url></#list></urlset>
