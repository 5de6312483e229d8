package org.amparo.itest.bundle;

import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;

/**
 * A page of the referral module, as the referral bundle will declare its pages: it exists only
 * while the module is switched on.
 */
@Component(service = Page.class)
@SatisfyingConditionTarget("(osgi.condition.id=amparo.module.referral)")
public final class ReferralModulePage implements Page {
    @Override
    public String path() {
        return "itest-referral";
    }

    @Override
    public String titleKey() {
        return "itest.referral.title";
    }

    @Override
    public PageResult handle(PageRequest request) {
        return PageResult.ok("<p>referral-module-marker</p>");
    }
}
