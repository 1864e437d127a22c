/**
 */
package io.twinbench.model.twin.impl;

import io.twinbench.model.twin.Prediction;
import io.twinbench.model.twin.TwinPackage;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prediction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.impl.PredictionImpl#getFailureMode <em>Failure Mode</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.PredictionImpl#getExpectedAt <em>Expected At</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.PredictionImpl#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PredictionImpl extends FindingImpl implements Prediction {
	/**
	 * The default value of the '{@link #getFailureMode() <em>Failure Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureMode()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureMode() <em>Failure Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureMode()
	 * @generated
	 * @ordered
	 */
	protected String failureMode = FAILURE_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedAt() <em>Expected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date EXPECTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedAt() <em>Expected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedAt()
	 * @generated
	 * @ordered
	 */
	protected Date expectedAt = EXPECTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PredictionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.PREDICTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailureMode() {
		return failureMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureMode(String newFailureMode) {
		String oldFailureMode = failureMode;
		failureMode = newFailureMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PREDICTION__FAILURE_MODE, oldFailureMode, failureMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getExpectedAt() {
		return expectedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedAt(Date newExpectedAt) {
		Date oldExpectedAt = expectedAt;
		expectedAt = newExpectedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PREDICTION__EXPECTED_AT, oldExpectedAt, expectedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PREDICTION__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.PREDICTION__FAILURE_MODE:
				return getFailureMode();
			case TwinPackage.PREDICTION__EXPECTED_AT:
				return getExpectedAt();
			case TwinPackage.PREDICTION__CONFIDENCE:
				return getConfidence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.PREDICTION__FAILURE_MODE:
				setFailureMode((String)newValue);
				return;
			case TwinPackage.PREDICTION__EXPECTED_AT:
				setExpectedAt((Date)newValue);
				return;
			case TwinPackage.PREDICTION__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TwinPackage.PREDICTION__FAILURE_MODE:
				setFailureMode(FAILURE_MODE_EDEFAULT);
				return;
			case TwinPackage.PREDICTION__EXPECTED_AT:
				setExpectedAt(EXPECTED_AT_EDEFAULT);
				return;
			case TwinPackage.PREDICTION__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TwinPackage.PREDICTION__FAILURE_MODE:
				return FAILURE_MODE_EDEFAULT == null ? failureMode != null : !FAILURE_MODE_EDEFAULT.equals(failureMode);
			case TwinPackage.PREDICTION__EXPECTED_AT:
				return EXPECTED_AT_EDEFAULT == null ? expectedAt != null : !EXPECTED_AT_EDEFAULT.equals(expectedAt);
			case TwinPackage.PREDICTION__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (failureMode: ");
		result.append(failureMode);
		result.append(", expectedAt: ");
		result.append(expectedAt);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(')');
		return result.toString();
	}

} //PredictionImpl
