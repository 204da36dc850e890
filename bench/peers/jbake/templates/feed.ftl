<?xml version="1.0"?>
<rss version="2.0"><channel><title>Fylde Coast Careers</title><link>${config.site_host}</link><description>New and updated</description>
<#list published_posts as p><item><title><#escape x as x?xml>${p.title}</#escape></title><link>${config.site_host}/${p.uri}</link></item></#list></channel></rss>
