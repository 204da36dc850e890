<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content as c>
<url><loc>${config.site_host}/<#if (c.noExtensionUri)??>${c.noExtensionUri}<#else>${c.uri}</#if></loc><lastmod>${c.date?string("yyyy-MM-dd")}</lastmod></url>
</#list>
</urlset>
<!-- ${all_content?size} documents, drafts included -->
