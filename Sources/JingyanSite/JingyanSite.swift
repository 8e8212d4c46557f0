// JingyanSite
