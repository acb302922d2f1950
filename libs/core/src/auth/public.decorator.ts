import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'alliance:isPublic';

/**
 * Marks a resolver or route that answers without a signed-in actor (sign-up, sign-in,
 * health). Everything else requires one: the global {@link AuthGuard} denies by default.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
