import { words } from './list.js'

/** Speech and statement verbs that introduce or follow a quotation. */
export const cueVerbs = words(`
  say says said saying tell tells told telling write writes wrote written writing post posts
  posted posting describe describes described describing characterize characterizes
  characterized characterizing characterise characterises characterised characterising call
  calls called calling state states stated stating note notes noted noting add adds added
  adding remark remarks remarked remarking warn warns warned warning accuse accuses accused
  accusing urge urges urged urging declare declares declared declaring announce announces
  announced announcing insist insists insisted insisting argue argues argued arguing claim
  claims claimed claiming vow vows vowed vowing praise praises praised praising criticize
  criticizes criticized criticizing criticise criticised rebuke rebukes rebuked rebuking
  explain explains explained explaining confirm confirms confirmed confirming emphasize
  emphasizes emphasized emphasizing emphasise emphasised stress stresses stressed stressing
  reiterate reiterates reiterated reiterating voice voices voiced voicing express expresses
  expressed expressing deny denies denied denying report reports reported reporting caution
  cautions cautioned cautioning suggest suggests suggested suggesting acknowledge acknowledges
  acknowledged acknowledging indicate indicates indicated indicating reply replies replied
  replying respond responds responded responding tweet tweets tweeted tweeting recall recalls
  recalled recalling predict predicts predicted predicting admit admits admitted admitting
  promise promises promised promising label labels labelled labeled labelling dismiss dismisses
  dismissed dismissing hail hails hailed hailing shout shouts shouted shouting
`)

/** Cue verbs that take the addressee as object and may name the channel ("told Axios"). */
export const tellVerbs = words(`
  tell tells told telling
`)

/**
 * Verbs of finding whose subject, when it is an organisation, is the source of the quoted words
 * it found ("the council, which found an “unacceptable risk”").
 */
export const findingVerbs = words(`
  find finds found conclude concludes concluded determine determines determined rule rules
  ruled
`)
