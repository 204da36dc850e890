package org.signpost.html;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wage as editors write it ("£8.50 an hour in year 1, rising each year", "£18,500 a year") read
 * as schema.org's MonetaryAmount for a JobPosting's baseSalary. Only the first amount counts: it
 * is what the job pays at the start. Words it cannot read give no amount rather than a wrong one.
 */
final class Wage {
    private static final Pattern AMOUNT = Pattern.compile("£\\s*([0-9][0-9,]*(?:\\.[0-9]{1,2})?)\\s+(?:an?|per)\\s+(hour|day|week|month|year)");

    private Wage() {}

    /** The MonetaryAmount, or null when the text gives no amount per hour, day, week, month or year. */
    static Map<String, Object> amount(String text) {
        Matcher m = AMOUNT.matcher(text);
        if (!m.find()) return null;
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "QuantitativeValue");
        value.put("value", new BigDecimal(m.group(1).replace(",", "")));
        value.put("unitText", m.group(2).toUpperCase(java.util.Locale.ROOT));
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("@type", "MonetaryAmount");
        amount.put("currency", "GBP");
        amount.put("value", value);
        return amount;
    }
}
