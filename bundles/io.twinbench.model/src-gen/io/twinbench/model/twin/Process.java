/**
 */
package io.twinbench.model.twin;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Process#getPid <em>Pid</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Process#getParentPid <em>Parent Pid</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Process#getUser <em>User</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Process#getCommandLine <em>Command Line</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Process#getPath <em>Path</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Process#getState <em>State</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Process#getCpuPercent <em>Cpu Percent</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Process#getResidentBytes <em>Resident Bytes</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Process#getStartTime <em>Start Time</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getProcess()
 * @model
 * @generated
 */
public interface Process extends Element {
	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_Pid()
	 * @model
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Parent Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Pid</em>' attribute.
	 * @see #setParentPid(int)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_ParentPid()
	 * @model
	 * @generated
	 */
	int getParentPid();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getParentPid <em>Parent Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Pid</em>' attribute.
	 * @see #getParentPid()
	 * @generated
	 */
	void setParentPid(int value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Command Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command Line</em>' attribute.
	 * @see #setCommandLine(String)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_CommandLine()
	 * @model
	 * @generated
	 */
	String getCommandLine();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getCommandLine <em>Command Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command Line</em>' attribute.
	 * @see #getCommandLine()
	 * @generated
	 */
	void setCommandLine(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Percent</em>' attribute.
	 * @see #setCpuPercent(double)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_CpuPercent()
	 * @model
	 * @generated
	 */
	double getCpuPercent();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getCpuPercent <em>Cpu Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Percent</em>' attribute.
	 * @see #getCpuPercent()
	 * @generated
	 */
	void setCpuPercent(double value);

	/**
	 * Returns the value of the '<em><b>Resident Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resident Bytes</em>' attribute.
	 * @see #setResidentBytes(long)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_ResidentBytes()
	 * @model
	 * @generated
	 */
	long getResidentBytes();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getResidentBytes <em>Resident Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resident Bytes</em>' attribute.
	 * @see #getResidentBytes()
	 * @generated
	 */
	void setResidentBytes(long value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Date)
	 * @see io.twinbench.model.twin.TwinPackage#getProcess_StartTime()
	 * @model
	 * @generated
	 */
	Date getStartTime();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Process#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Date value);

} // Process
